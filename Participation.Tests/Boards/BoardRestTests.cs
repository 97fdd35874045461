using System.Net;
using System.Text.Json;
using Participation.Api.Boards;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Boards;

/// <summary>The same board actions over REST, for kiosks and scripts, and what only REST offers: setup, join, results, hosts, paper cards.</summary>
public sealed class BoardRestTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task A_facilitator_creates_lists_reads_and_changes_a_board_with_its_join_code_and_QR_code()
    {
        var board = await factory.CreateBoardAsync();

        var listed = await (await board.Facilitator.GetAsync($"/api/sessions/{board.SessionId}/boards")).ReadAsync<List<BoardDto>>();
        var changed = await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}", BoardArrange.Board("Neuer Titel")
            .With("columns", new object[] { new { title = "Fragen", id = board.Column(1) }, new { title = "Ideen", id = board.Column(0) } })))
            .ReadAsync<BoardDto>();
        var qr = await board.Facilitator.GetAsync($"/api/boards/{board.Id}/qr.svg");
        var anonymous = await factory.CreateClient().GetAsync($"/api/boards/{board.Id}");

        Assert.Matches("^[A-Z0-9]{6}$", board.Board.JoinCode);
        Assert.EndsWith($"/j/{board.Board.JoinCode}", board.Board.JoinUrl);
        Assert.Equal((BoardPhase.Collect, 3, 2), (board.Board.Phase, board.Board.VoteBudget, board.Board.MaxVotesPerIdea));
        Assert.Equal([board.Id], listed.Select(b => b.Id));
        Assert.Equal([(board.Column(1), "Fragen"), (board.Column(0), "Ideen")], changed.Columns.Select(c => (c.Id, c.Title)));
        var snapshot = await board.SnapshotAsync();
        Assert.Equal(("Neuer Titel", 1L), (snapshot.Board.Title, snapshot.Seq));
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await qr.Content.ReadAsStringAsync()).TrimStart());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_column_added_to_a_board_in_use_is_saved_and_the_old_ones_keep_their_ideas()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var idea = await (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), "Schon da"))).ReadAsync<IdeaDto>();

        var changed = await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}", BoardArrange.Board()
            .With("columns", new object[] { new { title = "Ideen", id = board.Column(0) }, new { title = "Fragen", id = board.Column(1) }, new { title = "Wünsche" } })))
            .ReadAsync<BoardDto>();
        var posted = await (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(changed.Columns[2].Id, "In der neuen Spalte"))).ReadAsync<IdeaDto>();

        Assert.Equal(["Ideen", "Fragen", "Wünsche"], changed.Columns.Select(c => c.Title));
        var snapshot = await board.SnapshotAsync();
        Assert.Equal([(idea.Id, board.Column(0)), (posted.Id, changed.Columns[2].Id)], snapshot.Ideas.Select(i => (i.Id, i.ColumnId)));
    }

    [Fact]
    public async Task A_participant_posts_edits_withdraws_and_votes_over_REST()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var ben = await factory.JoinAsync(board, "Ben");
        var ideas = $"/api/boards/{board.Id}/ideas";

        var posted = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Sprachpaten", "kiosk-1"))).ReadAsync<IdeaDto>();
        var again = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Sprachpaten", "kiosk-1"))).ReadAsync<IdeaDto>();
        var other = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Wird zurückgezogen"))).ReadAsync<IdeaDto>();
        var edited = await (await anna.Client.PutJsonAsync($"{ideas}/{posted.Id}", new EditIdeaInput("Sprachpatenschaften"))).ReadAsync<IdeaDto>();
        var notHis = await ben.Client.PutJsonAsync($"{ideas}/{posted.Id}", new EditIdeaInput("Bens Fassung"));
        var withdrawn = await (await anna.Client.DeleteAsync($"{ideas}/{other.Id}")).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        var vote = await (await ben.Client.PostJsonAsync($"{ideas}/{posted.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        var onWithdrawn = await ben.Client.PostJsonAsync($"{ideas}/{other.Id}/votes", new VoteInput(1));
        var tooLate = await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), "Zu spät"));

        Assert.Equal(posted, again);
        Assert.Equal((posted.Id, "Sprachpatenschaften"), (edited.Id, edited.Text));
        Assert.Equal(HttpStatusCode.Forbidden, notHis.StatusCode);
        Assert.True(withdrawn.Withdrawn);
        Assert.Equal((1, 1, 2), (vote.Votes, vote.MyDots, vote.DotsLeft));
        Assert.Equal(HttpStatusCode.NotFound, onWithdrawn.StatusCode);
        Assert.Equal("Ideen sammeln ist gerade nicht möglich: Die Moderation hat die nächste Phase begonnen.",
            (await tooLate.ProblemAsync(HttpStatusCode.Conflict)).Title);
        var caughtUp = await (await anna.Client.GetAsync($"/api/boards/{board.Id}/events?after=2")).ReadAsync<JoinBoardResult>();
        Assert.Equal([(3L, "ideaEdited"), (4L, "ideaWithdrawn"), (5L, "phaseChanged"), (6L, "voteChanged")], caughtUp.Events.Select(e => (e.Seq, e.Type)));
        var annasView = await (await anna.Client.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal([("Sprachpatenschaften", 1)], annasView.Ideas.Select(i => (i.Text, i.Votes)));
    }

    [Fact]
    public async Task Dots_over_the_budget_or_per_idea_limit_are_refused_over_REST()
    {
        var board = await factory.CreateBoardAsync(BoardArrange.Board().With("voteBudget", 2).With("maxVotesPerIdea", 1));
        var ben = await factory.JoinAsync(board, "Ben");
        var ids = new List<Guid>();
        foreach (var text in new[] { "Eins", "Zwei", "Drei" })
        {
            ids.Add((await (await board.Facilitator.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), text))).ReadAsync<IdeaDto>()).Id);
        }
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        string Votes(Guid id) => $"/api/boards/{board.Id}/ideas/{id}/votes";

        await (await ben.Client.PostJsonAsync(Votes(ids[0]), new VoteInput(1))).ReadAsync<VoteResult>();
        var twiceOnOne = await ben.Client.PostJsonAsync(Votes(ids[0]), new VoteInput(1));
        await (await ben.Client.PostJsonAsync(Votes(ids[1]), new VoteInput(1))).ReadAsync<VoteResult>();
        var overBudget = await ben.Client.PostJsonAsync(Votes(ids[2]), new VoteInput(1));
        var facilitatorVoting = await board.Facilitator.PostJsonAsync(Votes(ids[2]), new VoteInput(1));

        Assert.Equal("Pro Idee können Sie höchstens 1 Punkte vergeben.", (await twiceOnOne.ProblemAsync(HttpStatusCode.Conflict)).Title);
        Assert.Equal("Sie haben alle 2 Punkte vergeben. Nehmen Sie einen zurück, um ihn neu zu setzen.", (await overBudget.ProblemAsync(HttpStatusCode.Conflict)).Title);
        Assert.Equal(HttpStatusCode.Forbidden, facilitatorVoting.StatusCode);
        Assert.Equal([1, 1, 0], (await board.SnapshotAsync()).Ideas.Select(i => i.Votes));
    }

    [Fact]
    public async Task An_absurd_dot_count_is_a_validation_problem_not_a_server_error()
    {
        var board = await factory.CreateBoardAsync();
        var ben = await factory.JoinAsync(board, "Ben");
        var idea = await (await board.Facilitator.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), "Eins"))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();

        var tooMany = await ben.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas/{idea.Id}/votes", new VoteInput(4));
        var smallestInteger = await ben.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas/{idea.Id}/votes", new VoteInput(int.MinValue));

        Assert.NotEmpty((await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("delta"));
        Assert.NotEmpty((await smallestInteger.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("delta"));
        Assert.Equal(0, Assert.Single((await board.SnapshotAsync()).Ideas).Votes);
    }

    [Fact]
    public async Task Names_appear_with_ideas_only_on_boards_with_named_posting()
    {
        var named = await factory.CreateBoardAsync(BoardArrange.Board().With("namedPosting", true));
        var anonymous = await factory.CreateBoardAsync();
        var annaNamed = await factory.JoinAsync(named, "Anna");
        var annaAnonymous = await factory.JoinAsync(anonymous, "Anna");

        var withName = await (await annaNamed.Client.PostJsonAsync($"/api/boards/{named.Id}/ideas", BoardArrange.Idea(named.Column(0), "Mit Namen"))).ReadAsync<IdeaDto>();
        var withoutName = await (await annaAnonymous.Client.PostJsonAsync($"/api/boards/{anonymous.Id}/ideas", BoardArrange.Idea(anonymous.Column(0), "Ohne Namen"))).ReadAsync<IdeaDto>();

        Assert.Equal("Anna", withName.AuthorName);
        Assert.Null(withoutName.AuthorName);
        Assert.Null(Assert.Single((await anonymous.SnapshotAsync()).Ideas).AuthorName);
        var tooLongName = await factory.CreateClient().PostJsonAsync($"/api/join/{named.Board.JoinCode}", new { displayName = new string('n', 61) });
        Assert.NotEmpty((await tooLongName.ProblemAsync(HttpStatusCode.BadRequest)).MessagesFor("displayName"));
    }

    [Fact]
    public async Task Empty_too_long_and_misplaced_ideas_over_REST_are_validation_problems_and_store_nothing()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var ideas = $"/api/boards/{board.Id}/ideas";

        var empty = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), ""))).ProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(board.Column(0), new string('x', 501)))).ProblemAsync(HttpStatusCode.BadRequest);
        var unknownColumn = await (await anna.Client.PostJsonAsync(ideas, BoardArrange.Idea(Guid.NewGuid(), "Gute Idee"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Schreiben Sie Ihre Idee in das Feld."], empty.MessagesFor("text"));
        Assert.Equal(["Eine Idee hat höchstens 500 Zeichen."], tooLong.MessagesFor("text"));
        Assert.Equal(["Diese Spalte gibt es auf der Pinnwand nicht."], unknownColumn.MessagesFor("columnId"));
        var snapshot = await board.SnapshotAsync();
        Assert.Equal(0, snapshot.Seq);
        Assert.Empty(snapshot.Ideas);
    }

    [Fact]
    public async Task A_facilitator_moderates_over_REST_and_a_participant_may_not()
    {
        var board = await factory.CreateBoardAsync(BoardArrange.Board().With("silentBrainstorm", true));
        var anna = await factory.JoinAsync(board, "Anna");
        var ben = await factory.JoinAsync(board, "Ben");
        var url = $"/api/boards/{board.Id}";
        var one = await (await anna.Client.PostJsonAsync($"{url}/ideas", BoardArrange.Idea(board.Column(0), "Nachbarschaftsfest"))).ReadAsync<IdeaDto>();
        var two = await (await ben.Client.PostJsonAsync($"{url}/ideas", BoardArrange.Idea(board.Column(0), "Straßenfest"))).ReadAsync<IdeaDto>();
        var three = await (await ben.Client.PostJsonAsync($"{url}/ideas", BoardArrange.Idea(board.Column(0), "Beleidigung"))).ReadAsync<IdeaDto>();
        var f = board.Facilitator;

        var concealedForBen = (await (await ben.Client.GetAsync(url)).ReadAsync<BoardSnapshot>()).Ideas.Single(i => i.Id == one.Id);
        var revealed = await (await f.PostAsync($"{url}/reveal", null)).ReadAsync<int>();
        var hidden = await (await f.PostJsonAsync($"{url}/ideas/{three.Id}/hide", new HideInput("Beleidigend"))).ReadAsync<IdeaDto>();
        var pinned = await (await f.PostJsonAsync($"{url}/ideas/{one.Id}/pin", new PinInput(true))).ReadAsync<IdeaDto>();
        var moved = await (await f.PostJsonAsync($"{url}/ideas/{one.Id}/move", new MoveInput(board.Column(1)))).ReadAsync<IdeaDto>();
        var cluster = await (await f.PostJsonAsync($"{url}/clusters", new ClusterInput("Feste"))).ReadAsync<ClusterDto>();
        var renamed = await (await f.PutJsonAsync($"{url}/clusters/{cluster.Id}", new ClusterInput("Feste und Begegnung"))).ReadAsync<ClusterDto>();
        var clustered = await (await f.PostJsonAsync($"{url}/ideas/{one.Id}/cluster", new IdeaClusterInput(cluster.Id))).ReadAsync<IdeaDto>();
        var merged = await (await f.PostJsonAsync($"{url}/merge", new MergeInput(one.Id, [two.Id]))).ReadAsync<IdeaDto>();
        var timer = await (await f.PutJsonAsync($"{url}/timer", new TimerInput(120))).ReadAsync<DateTimeOffset?>();
        var phase = await (await f.PutJsonAsync($"{url}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        var refusedToBen = new[]
        {
            await ben.Client.PostJsonAsync($"{url}/ideas/{one.Id}/show", new { }),
            await ben.Client.PostJsonAsync($"{url}/ideas/{three.Id}/show", new { }),
            await ben.Client.PostJsonAsync($"{url}/clusters", new ClusterInput("Bens Gruppe")),
            await ben.Client.DeleteAsync($"{url}/clusters/{cluster.Id}"),
            await ben.Client.PutJsonAsync($"{url}/phase", new PhaseInput(BoardPhase.Closed)),
            await ben.Client.PutJsonAsync($"{url}/results", new PublishInput(true)),
            await ben.Client.PostJsonAsync($"{url}/cards", new CardsInput(board.Column(0), "Bens Karte")),
        };
        var deleted = await (await f.DeleteAsync($"{url}/clusters/{cluster.Id}")).ReadAsync<ClusterDto>();

        Assert.Equal((null, true), (concealedForBen.Text, concealedForBen.Concealed));
        Assert.Equal(3, revealed);
        Assert.Equal((true, "Beleidigend"), (hidden.Hidden, hidden.HiddenReason));
        Assert.True(pinned.Pinned);
        Assert.Equal(board.Column(1), moved.ColumnId);
        Assert.Equal("Feste und Begegnung", renamed.Name);
        Assert.Equal(cluster.Id, clustered.ClusterId);
        Assert.Equal(one.Id, merged.Id);
        Assert.NotNull(timer);
        Assert.Equal(BoardPhase.Vote, phase);
        Assert.Equal(cluster.Id, deleted.Id);
        foreach (var refused in refusedToBen)
        {
            Assert.Equal("Das darf nur die Moderation.", (await refused.ProblemAsync(HttpStatusCode.Forbidden)).Title);
        }
        var bensView = await (await ben.Client.GetAsync(url)).ReadAsync<BoardSnapshot>();
        var only = Assert.Single(bensView.Ideas);
        Assert.Equal((one.Id, "Nachbarschaftsfest", true, board.Column(1), (Guid?)null), (only.Id, only.Text, only.Pinned, only.ColumnId, only.ClusterId));
        Assert.Equal(BoardPhase.Vote, bensView.Board.Phase);
        var full = await board.SnapshotAsync();
        Assert.Equal(one.Id, full.Ideas.Single(i => i.Id == two.Id).MergedIntoId);
        Assert.Equal("Beleidigend", full.Ideas.Single(i => i.Id == three.Id).HiddenReason);
        Assert.Equal(14, full.Seq);
    }

    [Fact]
    public async Task Joining_with_an_unknown_code_is_not_found_and_a_closed_board_is_a_conflict()
    {
        var board = await factory.CreateBoardAsync();
        var anonymous = factory.CreateClient();

        var unknown = await anonymous.PostJsonAsync("/api/join/ZZZZZZ", new { displayName = "Anna" });
        var lowerCase = await (await anonymous.PostJsonAsync($"/api/join/{board.Board.JoinCode.ToLowerInvariant()}", new { })).ReadAsync<JoinResponse>();
        await (await board.Facilitator.PutJsonAsync($"/api/boards/{board.Id}/phase", new PhaseInput(BoardPhase.Closed))).ReadAsync<BoardPhase>();
        var closed = await anonymous.PostJsonAsync($"/api/join/{board.Board.JoinCode}", new { displayName = "Ben" });

        Assert.Equal("Diesen Code gibt es nicht. Prüfen Sie die Buchstaben und Ziffern an der Wand.", (await unknown.ProblemAsync(HttpStatusCode.NotFound)).Title);
        Assert.Equal(board.Id, lowerCase.BoardId);
        Assert.StartsWith("p_", lowerCase.ParticipantToken);
        Assert.Equal("Diese Sitzung ist beendet.", (await closed.ProblemAsync(HttpStatusCode.Conflict)).Title);
    }

    [Fact]
    public async Task Results_are_forbidden_to_the_public_before_publishing_and_open_after_it()
    {
        var board = await factory.CreateBoardAsync();
        var anna = await factory.JoinAsync(board, "Anna");
        var url = $"/api/boards/{board.Id}";
        var top = await (await anna.Client.PostJsonAsync($"{url}/ideas", BoardArrange.Idea(board.Column(0), "Mehr Sprachkurse"))).ReadAsync<IdeaDto>();
        await (await anna.Client.PostJsonAsync($"{url}/ideas", BoardArrange.Idea(board.Column(0), "Weniger Formulare"))).ReadAsync<IdeaDto>();
        var hidden = await (await anna.Client.PostJsonAsync($"{url}/ideas", BoardArrange.Idea(board.Column(0), "Versteckt"))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PostJsonAsync($"{url}/ideas/{hidden.Id}/hide", new HideInput("Doppelt"))).ReadAsync<IdeaDto>();
        await (await board.Facilitator.PutJsonAsync($"{url}/phase", new PhaseInput(BoardPhase.Vote))).ReadAsync<BoardPhase>();
        await (await anna.Client.PostJsonAsync($"{url}/ideas/{top.Id}/votes", new VoteInput(1))).ReadAsync<VoteResult>();
        var anonymous = factory.CreateClient();

        var before = await anonymous.GetAsync($"{url}/results");
        var participantBefore = await anna.Client.GetAsync($"{url}/results");
        var facilitatorBefore = await board.Facilitator.GetAsync($"{url}/results");
        await (await board.Facilitator.PutJsonAsync($"{url}/results", new PublishInput(true))).ReadAsync<bool>();
        var after = await (await anonymous.GetAsync($"{url}/results")).ReadAsync<BoardResults>();

        Assert.Equal("Das Ergebnis ist noch nicht veröffentlicht.", (await before.ProblemAsync(HttpStatusCode.Forbidden)).Title);
        Assert.Equal(HttpStatusCode.Forbidden, participantBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, facilitatorBefore.StatusCode);
        Assert.Equal(board.Board.Title, after.Title);
        Assert.Equal([("Mehr Sprachkurse", 1), ("Weniger Formulare", 0)], after.Columns[0].Ideas.Select(i => (i.Text!, i.Votes)));
        Assert.All(after.Columns.SelectMany(c => c.Ideas), i => Assert.Null(i.HiddenReason));
        Assert.Empty(after.Columns[1].Ideas);
    }

    [Fact]
    public async Task A_table_host_moderates_the_boards_of_its_session_but_not_those_of_another()
    {
        var board = await factory.CreateBoardAsync();
        var otherSessionId = await BoardArrange.CreateSessionAsync(board.Admin, board.ProcessId);
        var otherBoard = await (await board.Facilitator.PostJsonAsync($"/api/sessions/{otherSessionId}/boards", BoardArrange.Board("Nebentisch")))
            .ReadAsync<BoardDto>(HttpStatusCode.Created);
        var link = await (await board.Facilitator.PostJsonAsync($"/api/sessions/{board.SessionId}/hosts", new HostInput("Tischmoderation Sprache")))
            .ReadAsync<HostResponse>();
        var host = factory.WithToken(link.HostToken);
        var anna = await factory.JoinAsync(board, "Anna");
        var idea = await (await anna.Client.PostJsonAsync($"/api/boards/{board.Id}/ideas", BoardArrange.Idea(board.Column(0), "Unpassend"))).ReadAsync<IdeaDto>();

        var ownBoard = await (await host.GetAsync($"/api/boards/{board.Id}")).ReadAsync<BoardSnapshot>();
        var hidden = await (await host.PostJsonAsync($"/api/boards/{board.Id}/ideas/{idea.Id}/hide", new HideInput("Nicht zum Thema"))).ReadAsync<IdeaDto>();
        var created = await host.PostJsonAsync($"/api/sessions/{board.SessionId}/boards", BoardArrange.Board("Zweite Runde am Tisch"));
        var foreignRead = await host.GetAsync($"/api/boards/{otherBoard.Id}");
        var foreignPhase = await host.PutJsonAsync($"/api/boards/{otherBoard.Id}/phase", new PhaseInput(BoardPhase.Closed));
        var foreignBoard = await host.PostJsonAsync($"/api/sessions/{otherSessionId}/boards", BoardArrange.Board("Fremd"));
        var anotherHost = await host.PostJsonAsync($"/api/sessions/{board.SessionId}/hosts", new HostInput("Weitergegeben"));

        Assert.StartsWith("h_", link.HostToken);
        Assert.True(link.ValidUntil > DateTimeOffset.UtcNow);
        Assert.Equal(board.Id, ownBoard.Board.Id);
        Assert.Equal((true, "Nicht zum Thema"), (hidden.Hidden, hidden.HiddenReason));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPhase.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignBoard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, anotherHost.StatusCode);
        var other = await (await board.Facilitator.GetAsync($"/api/boards/{otherBoard.Id}")).ReadAsync<BoardSnapshot>();
        Assert.Equal((BoardPhase.Collect, 0L), (other.Board.Phase, other.Seq));
    }

    [Fact]
    public async Task A_table_host_link_stops_working_after_the_last_day_of_its_event()
    {
        var admin = await factory.AdminClientAsync();
        var process = await admin.CreateProcessAsync();
        var pastEvent = await admin.CreateEventAsync(process.Id, Arrange.Event().With("startsAt", "2025-03-14T09:00:00+01:00").With("endsAt", "2025-03-14T16:00:00+01:00"));
        var session = await admin.CreateSessionAsync(pastEvent.Id, Arrange.Session().With("startsAt", null).With("endsAt", null));
        var board = await (await admin.PostJsonAsync($"/api/sessions/{session.Id}/boards", BoardArrange.Board())).ReadAsync<BoardDto>(HttpStatusCode.Created);
        var link = await (await admin.PostJsonAsync($"/api/sessions/{session.Id}/hosts", new HostInput("Zu spät"))).ReadAsync<HostResponse>();

        var read = await factory.WithToken(link.HostToken).GetAsync($"/api/boards/{board.Id}");

        Assert.Equal(DateTimeOffset.Parse("2025-03-15T00:00:00+01:00"), link.ValidUntil);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task Paper_cards_retried_with_the_same_batchId_are_added_only_once()
    {
        var board = await factory.CreateBoardAsync();
        var cards = new CardsInput(board.Column(0), "Mehr Ärztinnen mit Fremdsprachen\r\n\r\n  Dolmetscherpool  \nBeratung im Stadtteil", BatchId: "tisch-3-runde-1");

        var first = await (await board.Facilitator.PostJsonAsync($"/api/boards/{board.Id}/cards", cards)).ReadAsync<List<IdeaDto>>();
        var retried = await (await board.Facilitator.PostJsonAsync($"/api/boards/{board.Id}/cards", cards)).ReadAsync<List<IdeaDto>>();

        Assert.Equal(["Mehr Ärztinnen mit Fremdsprachen", "Dolmetscherpool", "Beratung im Stadtteil"], first.Select(i => i.Text));
        Assert.All(first, card => Assert.Equal(IdeaSource.Paper, card.Source));
        Assert.Equal(first.Select(i => i.Id), retried.Select(i => i.Id));
        var snapshot = await board.SnapshotAsync();
        Assert.Equal((3L, 3), (snapshot.Seq, snapshot.Ideas.Count));
    }

    [Fact]
    public async Task Catching_up_over_REST_too_far_behind_gives_a_snapshot()
    {
        var board = await factory.CreateBoardAsync();
        var maxReplay = 500;
        var lines = string.Join('\n', Enumerable.Range(1, 100).Select(n => $"Karte {n}"));
        for (var batch = 0; batch < (maxReplay / 100) + 1; batch++)
        {
            await (await board.Facilitator.PostJsonAsync($"/api/boards/{board.Id}/cards", new CardsInput(board.Column(0), lines))).ReadAsync<List<IdeaDto>>();
        }

        var farBehind = await (await board.Facilitator.GetAsync($"/api/boards/{board.Id}/events?after=1")).ReadAsync<JoinBoardResult>();
        var nearlyThere = await (await board.Facilitator.GetAsync($"/api/boards/{board.Id}/events?after={600 - maxReplay}")).ReadAsync<JoinBoardResult>();

        Assert.Equal(600, farBehind.Seq);
        Assert.Equal(600, farBehind.Snapshot!.Ideas.Count);
        Assert.Empty(farBehind.Events);
        Assert.Null(nearlyThere.Snapshot);
        Assert.Equal(Enumerable.Range(101, maxReplay).Select(n => (long)n), nearlyThere.Events.Select(e => e.Seq));
        Assert.Equal(JsonValueKind.Object, ((JsonElement)nearlyThere.Events[0].Data).ValueKind);
    }
}
