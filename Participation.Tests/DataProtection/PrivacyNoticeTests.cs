using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Data;
using Participation.Api.DataProtection;
using Participation.Tests.Concept;
using Participation.Tests.Infrastructure;
using Participation.Tests.Registrations;

namespace Participation.Tests.DataProtection;

/// <summary>The privacy notice of a process: the default text, versions kept, the version each consent names.</summary>
public sealed class PrivacyNoticeTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_process_without_its_own_notice_shows_the_default_text_and_each_save_adds_a_version_keeping_the_old_ones()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var facilitator = await factory.CreateMemberAsync(admin, process.Id, "facilitator");
        var anonymous = factory.CreateClient();

        var initial = await (await anonymous.GetAsync($"/api/processes/{process.Id}/privacy")).ReadAsync<PrivacyNoticeResponse>();
        var first = await (await admin.PutJsonAsync($"/api/processes/{process.Id}/privacy",
            new { notice = "Verantwortlich: Landkreis Testland.", consentText = "Ich willige ein." })).ReadAsync<PrivacyNoticeResponse>();
        var second = await (await admin.PutJsonAsync($"/api/processes/{process.Id}/privacy",
            new { notice = "Verantwortlich: Landkreis Testland, Datenschutzbeauftragte: dsb@kreis.example.", consentText = "Ich willige ein." }))
            .ReadAsync<PrivacyNoticeResponse>();
        var shown = await (await anonymous.GetAsync($"/api/processes/{process.Id}/privacy")).ReadAsync<PrivacyNoticeResponse>();
        var versions = await (await admin.GetAsync($"/api/processes/{process.Id}/privacy/versions")).ReadAsync<List<PrivacyNoticeResponse>>();
        var byFacilitator = await facilitator.Client.PutJsonAsync($"/api/processes/{process.Id}/privacy", new { notice = "x", consentText = "y" });
        var empty = await (await admin.PutJsonAsync($"/api/processes/{process.Id}/privacy", new { notice = "", consentText = "Ich willige ein." }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal((0, true), (initial.Version, initial.IsDefault));
        Assert.Contains("Art. 15", initial.Notice);
        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal((2, false), (shown.Version, shown.IsDefault));
        Assert.Contains("dsb@kreis.example", shown.Notice);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("Verantwortlich: Landkreis Testland.", versions[1].Notice);
        Assert.Equal(HttpStatusCode.Forbidden, byFacilitator.StatusCode);
        Assert.Contains("notice", empty.Errors!.Keys);
    }

    [Fact]
    public async Task Registrations_and_contributions_keep_the_version_accepted_and_a_form_showing_an_older_version_is_refused()
    {
        var process = await factory.CreateConceptProcessAsync();
        var organiser = process.Organiser;
        var @event = await organiser.OpenEventAsync(process.Id);
        var document = await organiser.CreateDocumentAsync(process.Id, reviews: false);
        var section = await organiser.AddSectionAsync(document.Id, "2.1", "Arbeit und Ausbildung");
        var anonymous = factory.CreateClient();

        var underDefault = await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("vorher@verein.example").With("consentVersion", 0));
        await (await organiser.PutJsonAsync($"/api/processes/{process.Id}/privacy", new { notice = "Neue Hinweise.", consentText = "Ich stimme zu." }))
            .ReadAsync<PrivacyNoticeResponse>();
        var stale = await (await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("alt@verein.example").With("consentVersion", 0)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var current = await anonymous.RegisterAsync(@event.Id, RegistrationArrange.Person("neu@verein.example").With("consentVersion", 1));
        var staleContribution = await (await anonymous.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution().With("consentVersion", 0)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var contribution = await anonymous.PostJsonAsync($"/api/k/{section.Code}/contributions", ConceptArrange.Contribution().With("consentVersion", 1));

        Assert.Equal(HttpStatusCode.Accepted, underDefault.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, current.StatusCode);
        Assert.Contains("neue Fassung", Assert.Single(stale.Errors!["consentVersion"]));
        Assert.Contains("consentVersion", staleContribution.Errors!.Keys);
        Assert.True(contribution.IsSuccessStatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDb>();
        var accepted = await db.Registrations.AsNoTracking().Where(r => r.EventId == @event.Id).OrderBy(r => r.Email)
            .Select(r => new { r.Email, r.ConsentVersion }).ToListAsync();
        Assert.Equal([("neu@verein.example", (int?)1), ("vorher@verein.example", 0)], accepted.Select(a => (a.Email, a.ConsentVersion)));
        Assert.Equal(1, (await db.Contributions.AsNoTracking().SingleAsync(c => c.SectionId == section.Id)).ConsentVersion);
    }
}
