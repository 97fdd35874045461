using Participation.Api.Bodies;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.Bodies;

/// <summary>Invitations to a meeting are rows of the outbox, written with the registrations: a restart loses none.</summary>
public sealed class BodyInvitationRestartTests
{
    [Fact]
    public async Task Invitations_to_a_meeting_written_while_the_mail_server_is_down_arrive_after_a_restart()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await smtp.StopAsync();
        string dataDirectory;
        // Before the restart the sender tries only when mail is queued, not every second: each failed try doubles the wait
        // of the next, and a slow machine would otherwise push a message's next try past the wait below.
        var whileDown = RegistrationArrange.Smtp(smtp);
        whileDown["Participation:Outbox:PollSeconds"] = "3600";
        await using (var before = new ParticipationFactory { KeepDataDirectory = true, Settings = whileDown })
        {
            dataDirectory = before.DataDirectory;
            var admin = await before.AdminClientAsync();
            var process = await admin.CreateProcessAsync();
            var meeting = await admin.OpenEventAsync(process.Id, title: "Lenkungsgruppe, Frühjahr");
            var group = await admin.CreateBodyAsync(process.Id, BodyArrange.Body("Lenkungsgruppe", "steeringGroup"));
            await admin.AddMemberAsync(group.Id, BodyArrange.Member("Dr. Petra Schulz", "chair", "schulz@kreis.example"));
            await admin.AddMemberAsync(group.Id, BodyArrange.Member("Jonas Weber", "member", "weber@jobcenter.example"));
            await admin.LinkMeetingAsync(group.Id, meeting.Id);
            var report = await (await admin.PostJsonAsync($"/api/bodies/{group.Id}/meetings/{meeting.Id}/invitations", new { language = "en" }))
                .ReadAsync<MeetingInvitationReport>();
            Assert.Equal(2, report.Invited);
        }

        await smtp.StartAgainAsync();
        await using var after = new ParticipationFactory { DataDirectory = dataDirectory, Settings = RegistrationArrange.Smtp(smtp) };
        _ = after.Server;
        var mails = await smtp.WaitForCountAsync(2, TimeSpan.FromSeconds(30));

        Assert.Equal(["schulz@kreis.example", "weber@jobcenter.example"], mails.Select(m => m.Recipient()).Order().ToArray());
        Assert.All(mails, m => Assert.Contains("Lenkungsgruppe, Frühjahr", m.Subject));
        Assert.All(mails, m => Assert.Contains("invitation=", m.TextBody));
    }
}
