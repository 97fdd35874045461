using System.Net;
using System.Net.Http.Headers;
using Participation.Api.Boards;
using Participation.Api.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

public sealed class SessionPhotoTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_photo_of_a_flipchart_is_attached_to_the_session_and_can_be_read_back_by_its_facilitators()
    {
        var admin = await factory.AdminClientAsync();
        var sessionId = await SessionAsync(admin);

        var added = await (await admin.PostAsync($"/api/sessions/{sessionId}/photos", Upload(Png, "flipchart.png", "Tisch 1: Sprache"))).ReadAsync<PhotoResponse>();
        var listed = await (await admin.GetAsync($"/api/sessions/{sessionId}/photos")).ReadAsync<List<PhotoResponse>>();
        var file = await admin.GetAsync(added.Url);

        Assert.Equal("image/png", added.ContentType);
        Assert.Equal("Tisch 1: Sprache", Assert.Single(listed).Caption);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_that_is_no_image_is_refused_whatever_its_name_and_nothing_is_kept()
    {
        var admin = await factory.AdminClientAsync();
        var sessionId = await SessionAsync(admin);

        var response = await admin.PostAsync($"/api/sessions/{sessionId}/photos", Upload("<script>alert(1)</script>"u8.ToArray(), "photo.png", null));

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("file"));
        Assert.Empty(await (await admin.GetAsync($"/api/sessions/{sessionId}/photos")).ReadAsync<List<PhotoResponse>>());
    }

    [Fact]
    public async Task Someone_outside_the_process_can_neither_upload_nor_read_photos()
    {
        var admin = await factory.AdminClientAsync();
        var sessionId = await SessionAsync(admin);
        var added = await (await admin.PostAsync($"/api/sessions/{sessionId}/photos", Upload(Png, "a.png", null))).ReadAsync<PhotoResponse>();
        var stranger = await factory.CreateAccountAsync(admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.PostAsync($"/api/sessions/{sessionId}/photos", Upload(Png, "b.png", null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.GetAsync(added.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(added.Url)).StatusCode);
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string? caption)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        if (caption is not null)
        {
            content.Add(new StringContent(caption), "caption");
        }
        return content;
    }

    private static async Task<Guid> SessionAsync(HttpClient admin)
    {
        var process = await admin.CreateProcessAsync();
        var @event = await admin.CreateEventAsync(process.Id);
        var session = await (await admin.PostJsonAsync($"/api/events/{@event.Id}/sessions", Arrange.Session())).ReadAsync<SessionResponse>(HttpStatusCode.Created);
        return session.Id;
    }
}
