using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>Two participants and a facilitator on one board, through the real hub.</summary>
public sealed class LiveBoardTests(LiveHost host) : IClassFixture<LiveHost>
{
    private const string ModeratorsOnly = "Das darf nur die Moderation.";

    [Fact]
    public async Task A_posted_idea_reaches_both_participants_and_the_facilitator_with_the_same_seq()
    {
        await using var table = await BoardTable.OpenAsync(host);

        var posted = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Sprachcafé in der Stadtbibliothek");

        var (anna, ben, facilitator) = await table.EveryoneReceivesAsync(1);
        Assert.All([anna, ben, facilitator], message =>
        {
            Assert.Equal(("ideaPosted", table.Id), (message.Type, message.BoardId));
            var idea = message.DataAs<IdeaDto>();
            Assert.Equal((posted.Id, "Sprachcafé in der Stadtbibliothek", table.Board.Column(0)), (idea.Id, idea.Text, idea.ColumnId));
        });
        Assert.All(table.Everyone, client => Assert.Equal([1L], client.Received.Select(m => m.Seq)));
    }

    [Fact]
    public async Task Dots_are_placed_within_the_budget_and_refused_over_it()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var ideas = await PostAsync(table.AnnaHub, table, "Patenschaften", "Mehr Kitaplätze", "Beratung am Abend", "Busverbindung");
        await table.FacilitatorHub.Connection.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Vote);

        var first = await table.BenHub.VoteAsync(table.Id, ideas[0].Id);
        var second = await table.BenHub.VoteAsync(table.Id, ideas[1].Id);
        var third = await table.BenHub.VoteAsync(table.Id, ideas[2].Id);
        var overBudget = await RefusedAsync(() => table.BenHub.VoteAsync(table.Id, ideas[3].Id));
        var takenBack = await table.BenHub.VoteAsync(table.Id, ideas[0].Id, -1);
        var moved = await table.BenHub.VoteAsync(table.Id, ideas[3].Id);

        Assert.Equal([2, 1, 0], new[] { first.DotsLeft, second.DotsLeft, third.DotsLeft });
        Assert.Contains("Sie haben alle 3 Punkte vergeben.", overBudget);
        Assert.Equal((0, 1), (takenBack.Votes, takenBack.DotsLeft));
        Assert.Equal((1, 0), (moved.Votes, moved.DotsLeft));
        // Four ideas, the phase, and five accepted dots: the refused one left no trace.
        var (anna, _, _) = await table.EveryoneReceivesAsync(10);
        Assert.Equal(("voteChanged", ideas[3].Id, 1), (anna.Type, anna.Property("ideaId").GetGuid(), anna.Property("votes").GetInt32()));
        Assert.Equal(10, (await table.Board.SnapshotAsync()).Seq);
        var rejoined = await table.BenHub.JoinBoardAsync(table.Id, 0);
        Assert.Equal(0, rejoined.Me.DotsLeft);
        Assert.Equal(new Dictionary<Guid, int> { [ideas[1].Id] = 1, [ideas[2].Id] = 1, [ideas[3].Id] = 1 }, rejoined.Me.MyVotes);
    }

    [Fact]
    public async Task One_participant_places_no_more_than_the_maximum_dots_on_one_idea()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = (await PostAsync(table.AnnaHub, table, "Deutschkurs mit Kinderbetreuung"))[0];
        await table.FacilitatorHub.Connection.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Vote);

        await table.BenHub.VoteAsync(table.Id, idea.Id);
        var second = await table.BenHub.VoteAsync(table.Id, idea.Id);
        var third = await RefusedAsync(() => table.BenHub.VoteAsync(table.Id, idea.Id));
        var annas = await table.AnnaHub.VoteAsync(table.Id, idea.Id);

        Assert.Equal((2, 2, 1), (second.Votes, second.MyDots, second.DotsLeft));
        Assert.Contains("Pro Idee können Sie höchstens 2 Punkte vergeben.", third);
        Assert.Equal((3, 1), (annas.Votes, annas.MyDots));
        await table.EveryoneReceivesAsync(5);
        Assert.Equal(3, Assert.Single((await table.Board.SnapshotAsync()).Ideas).Votes);
    }

    [Fact]
    public async Task A_hidden_idea_disappears_for_participants_and_only_facilitators_see_the_reason()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Unsachlicher Beitrag");

        var hidden = await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("HideIdea", table.Id, idea.Id, "Verstößt gegen die Gesprächsregeln");

        Assert.Equal((true, "Verstößt gegen die Gesprächsregeln"), (hidden.Hidden, hidden.HiddenReason));
        var (anna, ben, facilitator) = await table.EveryoneReceivesAsync(2);
        Assert.Equal("ideaHidden", facilitator.Type);
        Assert.Equal((true, "Verstößt gegen die Gesprächsregeln", "Unsachlicher Beitrag"), Shown(facilitator));
        Assert.All([anna, ben], message => Assert.Equal((true, null, null), Shown(message)));
        var bensView = await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Empty(bensView.Ideas);
        var annasOwn = Assert.Single((await table.AnnaHub.JoinBoardAsync(table.Id, 0)).Me.MyIdeas);
        Assert.Equal((true, null), (annasOwn.Hidden, annasOwn.HiddenReason));
        Assert.Equal("Verstößt gegen die Gesprächsregeln", Assert.Single((await table.Board.SnapshotAsync()).Ideas).HiddenReason);
        Assert.Contains("Grund", await RefusedAsync(() => table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("HideIdea", table.Id, idea.Id, " ")));

        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("ShowIdea", table.Id, idea.Id);

        (anna, ben, facilitator) = await table.EveryoneReceivesAsync(3);
        Assert.All([anna, ben, facilitator], message => Assert.Equal(("ideaShown", false, null, "Unsachlicher Beitrag"),
            (message.Type, Shown(message).Hidden, Shown(message).Reason, Shown(message).Text)));
        Assert.Equal("Unsachlicher Beitrag", Assert.Single((await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>()).Ideas).Text);
    }

    [Fact]
    public async Task Retrying_a_post_after_it_was_hidden_does_not_tell_the_participant_the_reason_nor_let_them_rewrite_it()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Unsachlicher Beitrag", "annas-phone-1");
        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("HideIdea", table.Id, idea.Id, "Interne Notiz der Moderation");

        var retried = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Unsachlicher Beitrag", "annas-phone-1");
        var retriedOverRest = await (await table.Anna.Client.PostJsonAsync($"/api/boards/{table.Id}/ideas",
            BoardArrange.Idea(table.Board.Column(0), "Unsachlicher Beitrag", "annas-phone-1"))).ReadAsync<IdeaDto>();
        var editRefused = await RefusedAsync(() => table.AnnaHub.Connection.InvokeAsync<IdeaDto>("EditIdea", table.Id, idea.Id, new EditIdeaInput("Sachlicher Beitrag")));

        Assert.Equal((idea.Id, true), (retried.Id, retried.Hidden));
        Assert.Multiple(
            () => Assert.Null(retried.HiddenReason),
            () => Assert.Null(retriedOverRest.HiddenReason),
            () => Assert.EndsWith("Die Moderation hat diese Idee ausgeblendet; sie kann nicht mehr geändert werden.", editRefused),
            () => Assert.DoesNotContain("Interne Notiz", editRefused));
    }

    [Fact]
    public async Task Pinning_and_moving_an_idea_reach_everyone()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Wo gibt es Beratung?");

        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("PinIdea", table.Id, idea.Id, true);
        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("MoveIdea", table.Id, idea.Id, table.Board.Column(1));
        var unknownColumn = await RefusedAsync(() => table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("MoveIdea", table.Id, idea.Id, Guid.NewGuid()));
        await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("PinIdea", table.Id, idea.Id, false);

        var pinned = await table.EveryoneReceivesAsync(2);
        var moved = await table.EveryoneReceivesAsync(3);
        var unpinned = await table.EveryoneReceivesAsync(4);
        Assert.Equal(("ideaPinned", true), (pinned.Ben.Type, pinned.Ben.DataAs<IdeaDto>().Pinned));
        Assert.Equal(("ideaMoved", table.Board.Column(1)), (moved.Ben.Type, moved.Ben.DataAs<IdeaDto>().ColumnId));
        Assert.Equal(("ideaPinned", false), (unpinned.Anna.Type, unpinned.Anna.DataAs<IdeaDto>().Pinned));
        Assert.Contains("Diese Spalte gibt es auf der Pinnwand nicht.", unknownColumn);
        var stored = Assert.Single((await table.Board.SnapshotAsync()).Ideas);
        Assert.Equal((table.Board.Column(1), false), (stored.ColumnId, stored.Pinned));
    }

    [Fact]
    public async Task Merging_duplicates_combines_their_dots_and_marks_the_sources()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var target = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Mehr Sprachkurse am Abend");
        var duplicate = await table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Abends Deutschkurse anbieten");
        await table.FacilitatorHub.Connection.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Vote);
        await table.AnnaHub.VoteAsync(table.Id, duplicate.Id);
        await table.BenHub.VoteAsync(table.Id, target.Id);
        await table.BenHub.VoteAsync(table.Id, duplicate.Id);

        var merged = await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("MergeIdeas", table.Id, target.Id, new[] { duplicate.Id });

        Assert.Equal((target.Id, 3), (merged.Id, merged.Votes));
        var (anna, _, facilitator) = await table.EveryoneReceivesAsync(7);
        Assert.Equal("ideasMerged", facilitator.Type);
        Assert.Equal(3, facilitator.Property("target").GetProperty("votes").GetInt32());
        var source = facilitator.Property("sources")[0];
        Assert.Equal((duplicate.Id, target.Id), (source.GetProperty("id").GetGuid(), source.GetProperty("mergedIntoId").GetGuid()));
        Assert.Equal(target.Id, anna.Property("sources")[0].GetProperty("mergedIntoId").GetGuid());

        var bensView = await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal((target.Id, 3), (Assert.Single(bensView.Ideas).Id, bensView.Ideas[0].Votes));
        var full = await table.Board.SnapshotAsync();
        var mergedSource = Assert.Single(full.Ideas, i => i.Id == duplicate.Id);
        Assert.Equal((target.Id, 0), (mergedSource.MergedIntoId, mergedSource.Votes));
        var ben = await table.BenHub.JoinBoardAsync(table.Id, 0);
        Assert.Equal(new Dictionary<Guid, int> { [target.Id] = 2 }, ben.Me.MyVotes);
        Assert.Equal(1, ben.Me.DotsLeft);
        Assert.Contains("Diese Idee gibt es nicht (mehr).", await RefusedAsync(() => table.AnnaHub.VoteAsync(table.Id, duplicate.Id)));
    }

    [Fact]
    public async Task Clusters_are_made_renamed_given_ideas_and_deleted_in_front_of_everyone()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Wohnungen für große Familien");
        var facilitator = table.FacilitatorHub.Connection;

        var cluster = await facilitator.InvokeAsync<ClusterDto>("SaveCluster", table.Id, (Guid?)null, "Wohnen");
        await facilitator.InvokeAsync<IdeaDto>("SetIdeaCluster", table.Id, idea.Id, (Guid?)cluster.Id);
        await facilitator.InvokeAsync<ClusterDto>("SaveCluster", table.Id, (Guid?)cluster.Id, "Wohnen und Nachbarschaft");

        var saved = await table.EveryoneReceivesAsync(2);
        var clustered = await table.EveryoneReceivesAsync(3);
        var renamed = await table.EveryoneReceivesAsync(4);
        Assert.Equal(("clusterSaved", cluster), (saved.Ben.Type, saved.Ben.DataAs<ClusterDto>()));
        Assert.Equal(("ideaClustered", (Guid?)cluster.Id), (clustered.Ben.Type, clustered.Ben.DataAs<IdeaDto>().ClusterId));
        Assert.Equal("Wohnen und Nachbarschaft", renamed.Anna.DataAs<ClusterDto>().Name);
        var bensView = await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal([new ClusterDto(cluster.Id, "Wohnen und Nachbarschaft")], bensView.Clusters);
        Assert.Equal(cluster.Id, Assert.Single(bensView.Ideas).ClusterId);

        await facilitator.InvokeAsync<ClusterDto>("DeleteCluster", table.Id, cluster.Id);

        Assert.Equal("clusterDeleted", (await table.EveryoneReceivesAsync(5)).Ben.Type);
        var after = await table.Board.SnapshotAsync();
        Assert.Empty(after.Clusters);
        Assert.Null(Assert.Single(after.Ideas).ClusterId);
        Assert.Contains("Diese Gruppe gibt es nicht.", await RefusedAsync(() => facilitator.InvokeAsync<IdeaDto>("SetIdeaCluster", table.Id, idea.Id, (Guid?)cluster.Id)));
    }

    [Fact]
    public async Task The_timer_is_started_and_stopped_on_every_screen()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var facilitator = table.FacilitatorHub.Connection;

        var endsAt = await facilitator.InvokeAsync<DateTimeOffset?>("SetTimer", table.Id, 300);
        var started = await table.EveryoneReceivesAsync(1);
        var tooLong = await RefusedAsync(() => facilitator.InvokeAsync<DateTimeOffset?>("SetTimer", table.Id, 24 * 3600));
        var bensView = await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>();
        var stopped = await facilitator.InvokeAsync<DateTimeOffset?>("SetTimer", table.Id, 0);

        Assert.NotNull(endsAt);
        Assert.Equal(("timerChanged", endsAt), (started.Ben.Type, started.Ben.Property("endsAt").GetDateTimeOffset()));
        Assert.Equal(endsAt, bensView.Board.TimerEndsAt);
        Assert.Contains("Der Zeitgeber läuft höchstens 180 Minuten.", tooLong);
        Assert.Null(stopped);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await table.EveryoneReceivesAsync(2)).Anna.Property("endsAt").ValueKind);
        Assert.Null((await table.Board.SnapshotAsync()).Board.TimerEndsAt);
    }

    [Fact]
    public async Task Publishing_the_results_opens_them_to_anyone_with_the_link()
    {
        await using var table = await BoardTable.OpenAsync(host);
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Ergebnis für alle");
        var results = $"/api/boards/{table.Id}/results";
        var before = await host.Factory.CreateClient().GetAsync(results);

        var published = await table.FacilitatorHub.Connection.InvokeAsync<bool>("PublishResults", table.Id, true);

        Assert.True(published);
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        var message = (await table.EveryoneReceivesAsync(2)).Anna;
        Assert.Equal(("resultsPublished", true), (message.Type, message.Property("published").GetBoolean()));
        var open = await (await host.Factory.CreateClient().GetAsync(results)).ReadAsync<BoardResults>();
        Assert.Equal("Ergebnis für alle", Assert.Single(open.Columns[0].Ideas).Text);
    }

    [Fact]
    public async Task The_phase_decides_what_participants_may_do_and_a_closed_board_is_read_only()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var facilitator = table.FacilitatorHub.Connection;
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Begegnungsfest im Sommer");
        var noVotingYet = await RefusedAsync(() => table.BenHub.VoteAsync(table.Id, idea.Id));

        await facilitator.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Vote);
        Assert.Equal("vote", (await table.EveryoneReceivesAsync(2)).Ben.Property("phase").GetString());
        var noPostingNow = await RefusedAsync(() => table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Zu spät"));
        var noEditingNow = await RefusedAsync(() => table.AnnaHub.Connection.InvokeAsync<IdeaDto>("EditIdea", table.Id, idea.Id, new EditIdeaInput("Geändert")));
        await table.BenHub.VoteAsync(table.Id, idea.Id);

        await facilitator.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Closed);
        Assert.Equal("closed", (await table.EveryoneReceivesAsync(4)).Anna.Property("phase").GetString());
        var closedRefusals = new[]
        {
            await RefusedAsync(() => table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Nach Schluss")),
            await RefusedAsync(() => table.AnnaHub.Connection.InvokeAsync<IdeaDto>("EditIdea", table.Id, idea.Id, new EditIdeaInput("Nach Schluss"))),
            await RefusedAsync(() => table.AnnaHub.Connection.InvokeAsync<IdeaDto>("WithdrawIdea", table.Id, idea.Id)),
            await RefusedAsync(() => table.FacilitatorHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Nachtrag der Moderation")),
        };
        var noVotingAfter = await RefusedAsync(() => table.BenHub.VoteAsync(table.Id, idea.Id, -1));
        var cards = await table.Board.Facilitator.PostJsonAsync($"/api/boards/{table.Id}/cards", new CardsInput(table.Board.Column(0), "Karte vom Tisch"));
        var join = await host.Factory.CreateClient().PostJsonAsync($"/api/join/{table.Board.Board.JoinCode}", new { });

        Assert.Contains("Abstimmen ist gerade nicht möglich", noVotingYet);
        Assert.Contains("Ideen sammeln ist gerade nicht möglich", noPostingNow);
        Assert.Contains("Ideen sammeln ist gerade nicht möglich", noEditingNow);
        Assert.All(closedRefusals, refusal => Assert.Contains("Diese Sitzung ist beendet; die Pinnwand kann nur noch gelesen werden.", refusal));
        Assert.Contains("Abstimmen ist gerade nicht möglich", noVotingAfter);
        Assert.Equal(HttpStatusCode.Conflict, cards.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, join.StatusCode);
        var closed = await table.Board.SnapshotAsync();
        Assert.Equal((4L, BoardPhase.Closed), (closed.Seq, closed.Board.Phase));
        var stored = Assert.Single(closed.Ideas);
        Assert.Equal(("Begegnungsfest im Sommer", 1, false), (stored.Text, stored.Votes, stored.Withdrawn));
        // Reading still works for everyone who joined.
        Assert.Equal(4, (await table.BenHub.JoinBoardAsync(table.Id, 0)).Snapshot!.Seq);
    }

    [Fact]
    public async Task In_a_silent_brainstorm_others_see_a_concealed_idea_until_the_facilitator_reveals_it()
    {
        await using var table = await BoardTable.OpenAsync(host, BoardArrange.Board().With("silentBrainstorm", true));
        await using var wall = await BoardClient.ConnectAsync(host.BaseUrl, table.Board.FacilitatorToken, "wall");
        await wall.WatchBoardAsync(table.Id, 0);

        var posted = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Mentoring durch Ehrenamtliche");

        Assert.Equal("Mentoring durch Ehrenamtliche", posted.Text);
        var (_, ben, facilitator) = await table.EveryoneReceivesAsync(1);
        Assert.Equal(("Mentoring durch Ehrenamtliche", false), (facilitator.DataAs<IdeaDto>().Text, facilitator.DataAs<IdeaDto>().Concealed));
        Assert.All([ben, await wall.WaitForSeqAsync(1)], message =>
            Assert.Equal((posted.Id, null, true), (message.DataAs<IdeaDto>().Id, message.DataAs<IdeaDto>().Text, message.DataAs<IdeaDto>().Concealed)));
        var bensView = await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal((null, true), (Assert.Single(bensView.Ideas).Text, bensView.Ideas[0].Concealed));
        var annas = await table.AnnaHub.JoinBoardAsync(table.Id, 0);
        Assert.Equal("Mentoring durch Ehrenamtliche", Assert.Single(annas.Me.MyIdeas).Text);
        Assert.Equal("Mentoring durch Ehrenamtliche", Assert.Single((await table.Board.SnapshotAsync()).Ideas).Text);

        var revealed = await table.FacilitatorHub.Connection.InvokeAsync<int>("RevealIdeas", table.Id);

        Assert.Equal(1, revealed);
        var reveal = await table.EveryoneReceivesAsync(2);
        Assert.All([reveal.Ben, await wall.WaitForSeqAsync(2)], message =>
        {
            Assert.Equal("ideasRevealed", message.Type);
            var idea = message.Property("ideas")[0];
            Assert.Equal(("Mentoring durch Ehrenamtliche", false), (idea.GetProperty("text").GetString(), idea.GetProperty("concealed").GetBoolean()));
        });
        bensView = await (await table.Ben.Client.GetAsync($"/api/boards/{table.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal("Mentoring durch Ehrenamtliche", Assert.Single(bensView.Ideas).Text);
    }

    [Fact]
    public async Task Dots_on_an_idea_the_facilitator_withdraws_go_back_to_the_participants()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Wird zurückgenommen");
        await table.FacilitatorHub.Connection.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Vote);
        await table.BenHub.VoteAsync(table.Id, idea.Id);
        var notAnymore = await RefusedAsync(() => table.AnnaHub.Connection.InvokeAsync<IdeaDto>("WithdrawIdea", table.Id, idea.Id));

        var withdrawn = await table.FacilitatorHub.Connection.InvokeAsync<IdeaDto>("WithdrawIdea", table.Id, idea.Id);

        Assert.Contains("Ideen sammeln ist gerade nicht möglich", notAnymore);
        Assert.Equal((true, 0), (withdrawn.Withdrawn, withdrawn.Votes));
        var (_, ben, _) = await table.EveryoneReceivesAsync(4);
        Assert.Equal(("ideaWithdrawn", true, null), (ben.Type, ben.DataAs<IdeaDto>().Withdrawn, ben.DataAs<IdeaDto>().Text));
        var bens = await table.BenHub.JoinBoardAsync(table.Id, 0);
        Assert.Equal((3, 0), (bens.Me.DotsLeft, bens.Me.MyVotes.Count));
        Assert.Empty(bens.Snapshot!.Ideas);
    }

    [Fact]
    public async Task A_client_that_leaves_the_board_gets_no_more_of_its_messages()
    {
        await using var table = await BoardTable.OpenAsync(host);

        await table.BenHub.Connection.InvokeAsync("LeaveBoard", table.Id);
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Während Ben nicht zuschaut");
        await table.BenHub.JoinBoardAsync(table.Id, 1);
        await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Ben schaut wieder zu");

        // Messages on one connection keep their order: had event 1 been sent to Ben, it would have come before 2.
        await table.BenHub.WaitForSeqAsync(2);
        Assert.Equal([2L], table.BenHub.Received.Select(m => m.Seq));
    }

    [Fact]
    public async Task A_browser_style_connection_with_the_token_in_the_query_joins_the_board()
    {
        await using var table = await BoardTable.OpenAsync(host);

        async Task<JoinBoardResult> JoinByQueryAsync(string token)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(new Uri(host.BaseUrl), $"/hubs/board?access_token={Uri.EscapeDataString(token)}"), options =>
                {
                    options.SkipNegotiation = true;
                    options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                })
                .AddJsonProtocol(json => BoardJson.Configure(json.PayloadSerializerOptions))
                .Build();
            await using (connection)
            {
                await connection.StartAsync();
                return await connection.InvokeAsync<JoinBoardResult>("JoinBoard", table.Id, 0L);
            }
        }

        Assert.Equal("participant", (await JoinByQueryAsync(table.Anna.Token)).Me.Role);
        Assert.Equal("facilitator", (await JoinByQueryAsync(table.Board.FacilitatorToken)).Me.Role);
    }

    [Fact]
    public async Task A_participant_posting_faster_than_the_limit_is_refused_and_others_are_not()
    {
        var limit = host.Factory.Services.GetRequiredService<IOptions<BoardOptions>>().Value.MaxPostsPerMinute;
        await using var table = await BoardTable.OpenAsync(host);
        for (var i = 1; i <= limit; i++)
        {
            await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), $"Idee Nummer {i}");
        }

        var tooMany = await RefusedAsync(() => table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Eine zu viel"));
        var overRest = await table.Anna.Client.PostJsonAsync($"/api/boards/{table.Id}/ideas", BoardArrange.Idea(table.Board.Column(0), "Auch zu viel"));
        var bens = await table.BenHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Ben darf noch");

        Assert.Contains($"Bitte langsamer: höchstens {limit} Ideen pro Minute.", tooMany);
        Assert.Equal(HttpStatusCode.TooManyRequests, overRest.StatusCode);
        Assert.Equal("ideaPosted", (await table.FacilitatorHub.WaitForSeqAsync(limit + 1)).Type);
        var ideas = (await table.Board.SnapshotAsync()).Ideas;
        Assert.Equal(limit + 1, ideas.Count);
        Assert.Contains(ideas, i => i.Id == bens.Id);
        Assert.DoesNotContain(ideas, i => i.Text is "Eine zu viel" or "Auch zu viel");
    }

    [Fact]
    public async Task A_participant_calling_a_facilitator_method_gets_a_readable_refusal_and_nothing_changes()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var idea = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Ein Café für Eltern");
        var other = await table.AnnaHub.PostIdeaAsync(table.Id, table.Board.Column(0), "Elterncafé");
        var ben = table.BenHub.Connection;

        var refusals = new[]
        {
            await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("HideIdea", table.Id, idea.Id, "Gefällt mir nicht")),
            await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("ShowIdea", table.Id, idea.Id)),
            await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("PinIdea", table.Id, idea.Id, true)),
            await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("MoveIdea", table.Id, idea.Id, table.Board.Column(1))),
            await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("MergeIdeas", table.Id, idea.Id, new[] { other.Id })),
            await RefusedAsync(() => ben.InvokeAsync<ClusterDto>("SaveCluster", table.Id, (Guid?)null, "Eltern")),
            await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("SetIdeaCluster", table.Id, idea.Id, (Guid?)null)),
            await RefusedAsync(() => ben.InvokeAsync<int>("RevealIdeas", table.Id)),
            await RefusedAsync(() => ben.InvokeAsync<BoardPhase>("SetPhase", table.Id, BoardPhase.Closed)),
            await RefusedAsync(() => ben.InvokeAsync<DateTimeOffset?>("SetTimer", table.Id, 60)),
            await RefusedAsync(() => ben.InvokeAsync<bool>("PublishResults", table.Id, true)),
        };
        var notHis = await RefusedAsync(() => ben.InvokeAsync<IdeaDto>("EditIdea", table.Id, idea.Id, new EditIdeaInput("Bens Fassung")));

        Assert.All(refusals, refusal => Assert.EndsWith(ModeratorsOnly, refusal));
        Assert.EndsWith("Sie können nur Ihre eigenen Ideen ändern.", notHis);
        var unchanged = await table.Board.SnapshotAsync();
        Assert.Equal((2L, BoardPhase.Collect, false), (unchanged.Seq, unchanged.Board.Phase, unchanged.Board.ResultsPublished));
        Assert.All(unchanged.Ideas, i => Assert.Equal((false, false, null, null), (i.Hidden, i.Pinned, i.MergedIntoId, i.ClusterId)));
        Assert.Empty(unchanged.Clusters);
        Assert.True(table.BenHub.Connection.State == HubConnectionState.Connected);
    }

    [Fact]
    public async Task A_participant_asking_for_the_projector_view_is_told_it_is_for_the_moderation()
    {
        await using var table = await BoardTable.OpenAsync(host);

        var refusal = await RefusedAsync(() => table.BenHub.WatchBoardAsync(table.Id, 0));

        Assert.EndsWith(ModeratorsOnly, refusal);
    }

    [Fact]
    public async Task A_participant_of_another_board_cannot_join_this_one()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var elsewhere = await host.Factory.CreateBoardAsync();
        var stranger = await host.Factory.JoinAsync(elsewhere, "Clara");
        await using var hub = await BoardClient.ConnectAsync(host.BaseUrl, stranger.Token, "Clara");

        var joining = await RefusedAsync(() => hub.JoinBoardAsync(table.Id, 0));
        var posting = await RefusedAsync(() => hub.PostIdeaAsync(table.Id, table.Board.Column(0), "Von außen"));

        Assert.Contains("Sie gehören nicht zu dieser Pinnwand.", joining);
        Assert.Contains("Sie gehören nicht zu dieser Pinnwand.", posting);
        Assert.Empty((await table.Board.SnapshotAsync()).Ideas);
    }

    [Fact]
    public async Task Empty_too_long_and_misplaced_ideas_are_refused_and_store_nothing()
    {
        await using var table = await BoardTable.OpenAsync(host);
        var maxLength = host.Factory.Services.GetRequiredService<IOptions<BoardOptions>>().Value.IdeaMaxLength;
        var column = table.Board.Column(0);

        var empty = await RefusedAsync(() => table.AnnaHub.PostIdeaAsync(table.Id, column, "   "));
        var tooLong = await RefusedAsync(() => table.AnnaHub.PostIdeaAsync(table.Id, column, new string('x', maxLength + 1)));
        var unknownColumn = await RefusedAsync(() => table.AnnaHub.PostIdeaAsync(table.Id, Guid.NewGuid(), "Richtige Idee, falsche Spalte"));
        var noClientId = await RefusedAsync(() => table.AnnaHub.PostIdeaAsync(table.Id, column, "Ohne Kennung", ""));

        Assert.Contains("Schreiben Sie Ihre Idee in das Feld.", empty);
        Assert.Contains($"Eine Idee hat höchstens {maxLength} Zeichen.", tooLong);
        Assert.Contains("Diese Spalte gibt es auf der Pinnwand nicht.", unknownColumn);
        Assert.Contains("clientId", noClientId);
        var untouched = await table.Board.SnapshotAsync();
        Assert.Equal(0, untouched.Seq);
        Assert.Empty(untouched.Ideas);

        // The longest allowed idea is taken, and it is the first thing anyone receives.
        await table.BenHub.PostIdeaAsync(table.Id, column, new string('y', maxLength));
        await table.EveryoneReceivesAsync(1);
        Assert.All(table.Everyone, client => Assert.Equal([1L], client.Received.Select(m => m.Seq)));
    }

    private static async Task<List<IdeaDto>> PostAsync(BoardClient client, BoardTable table, params string[] texts)
    {
        var ideas = new List<IdeaDto>();
        foreach (var text in texts)
        {
            ideas.Add(await client.PostIdeaAsync(table.Id, table.Board.Column(0), text));
        }
        return ideas;
    }

    /// <summary>The message of the <see cref="HubException"/> the call must end in.</summary>
    internal static async Task<string> RefusedAsync(Func<Task> call) => (await Assert.ThrowsAsync<HubException>(call)).Message;

    private static (bool Hidden, string? Reason, string? Text) Shown(BoardEventMessage message)
    {
        var idea = message.DataAs<IdeaDto>();
        return (idea.Hidden, idea.HiddenReason, idea.Text);
    }
}
