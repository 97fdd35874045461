// The live connection to one board, shared by the participant page, the wall and the console.
// It keeps the board's state, applies the log in sequence order, rejoins with the last sequence
// number after any interruption, and keeps unsent ideas on the device until the server has them.
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";

// How long a message that came before its predecessor waits for it before the client rejoins.
const gapPatienceMs = 1500;

const retryDelay = (attempt) => Math.min(30000, 1000 * 2 ** Math.min(attempt, 5)) + Math.floor(Math.random() * 1000);

export function refusalText(error) {
  const message = String(error && error.message || "");
  const marker = "HubException: ";
  const at = message.indexOf(marker);
  return at >= 0 ? message.slice(at + marker.length) : null;
}

export class BoardClient {
  constructor({ boardId, token, culture, watch = false, storageKey, maxPerMinute = 0, onChange, onStatus, onRefused, onUnauthorized }) {
    this.boardId = boardId;
    this.token = token;
    this.watch = watch;
    this.storageKey = storageKey || `participation:${boardId}`;
    this.onChange = onChange || (() => {});
    this.onStatus = onStatus || (() => {});
    this.onRefused = onRefused || (() => {});
    this.onUnauthorized = onUnauthorized || (() => {});
    this.maxPerMinute = maxPerMinute;
    this.sentAt = [];
    this.board = null;
    this.ideas = new Map();
    this.clusters = new Map();
    this.me = null;
    this.seq = 0;
    this.joining = null;
    this.buffered = [];
    this.early = new Map();
    this.gapTimer = null;
    this.sending = false;
    const url = `/hubs/board?culture=${encodeURIComponent(culture || "de")}`;
    this.connection = new HubConnectionBuilder()
      .withUrl(url, token ? { accessTokenFactory: () => this.token } : {})
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on("BoardEvent", (message) => this.receive(message));
    this.connection.onreconnecting(() => this.onStatus("offline"));
    this.connection.onreconnected(() => this.join());
    this.connection.onclose(() => { this.onStatus("offline"); this.restartLater(0); });
    window.addEventListener("online", () => this.restartLater(0));
  }

  get outbox() {
    try { return JSON.parse(localStorage.getItem(`${this.storageKey}:outbox`) || "[]"); } catch { return []; }
  }

  set outbox(items) {
    localStorage.setItem(`${this.storageKey}:outbox`, JSON.stringify(items));
    this.onChange("outbox");
  }

  // Ideas the server refused for good, with its reason: shown to the person, who can send again or let go.
  get notSent() {
    try { return JSON.parse(localStorage.getItem(`${this.storageKey}:notsent`) || "[]"); } catch { return []; }
  }

  set notSent(items) {
    localStorage.setItem(`${this.storageKey}:notsent`, JSON.stringify(items));
    this.onChange("outbox");
  }

  retry(clientId) {
    const item = this.notSent.find((waiting) => waiting.clientId === clientId);
    if (!item) return;
    this.notSent = this.notSent.filter((waiting) => waiting.clientId !== clientId);
    const { reason, ...idea } = item;
    this.outbox = [...this.outbox, idea];
    this.flush();
  }

  discard(clientId) {
    this.notSent = this.notSent.filter((waiting) => waiting.clientId !== clientId);
  }

  async start() {
    this.onStatus("connecting");
    try {
      await this.connection.start();
      await this.join();
    } catch (error) {
      if (error && error.statusCode === 401) { this.onUnauthorized(); return; }
      if (refusalText(error)) { this.onRefused(refusalText(error)); return; }
      this.onStatus("offline");
      this.restartLater(1);
    }
  }

  restartLater(attempt) {
    if (this.restartTimer || this.connection.state !== HubConnectionState.Disconnected) return;
    this.restartTimer = setTimeout(async () => {
      this.restartTimer = null;
      if (this.connection.state !== HubConnectionState.Disconnected) return;
      try {
        await this.connection.start();
        await this.join();
      } catch (error) {
        if (error && error.statusCode === 401) { this.onUnauthorized(); return; }
        this.restartLater(attempt + 1);
      }
    }, attempt === 0 ? 250 : retryDelay(attempt));
  }

  // Joins (or rejoins) with the last sequence number; events that arrive meanwhile wait in a buffer.
  async join() {
    if (this.joining) return this.joining;
    // What came early waits with what arrives during the join, and is sorted in after it.
    this.buffered.push(...this.early.values());
    this.early.clear();
    if (this.gapTimer) { clearTimeout(this.gapTimer); this.gapTimer = null; }
    this.joining = (async () => {
      try {
        const result = await this.connection.invoke(this.watch ? "WatchBoard" : "JoinBoard", this.boardId, this.seq);
        if (result.snapshot) this.applySnapshot(result.snapshot);
        for (const message of result.events) this.apply(message);
        this.me = result.me;
        for (const mine of result.me.myIdeas || []) this.ideas.set(mine.id, { ...mine, mine: true });
        this.seq = Math.max(this.seq, result.seq);
        const waiting = this.buffered.sort((a, b) => a.seq - b.seq);
        this.buffered = [];
        this.joining = null;
        for (const message of waiting) this.receive(message);
        this.onStatus("online");
        this.onChange("all");
        this.flush();
      } catch (error) {
        this.joining = null;
        const refused = refusalText(error);
        if (refused) this.onRefused(refused);
        else this.onStatus("offline");
      }
    })();
    return this.joining;
  }

  // With several server instances, messages posted through different ones can overtake each other on
  // the way. One that comes early waits briefly for those before it; only a gap that stays is fetched
  // from the log by rejoining, so a hall of phones does not rejoin at every overtaking.
  receive(message) {
    if (this.joining) { this.buffered.push(message); return; }
    if (message.seq <= this.seq) return;
    if (message.seq > this.seq + 1) { this.holdEarly(message); return; }
    this.apply(message);
    this.onChange(message.type, message.data);
    this.releaseEarly();
  }

  holdEarly(message) {
    this.early.set(message.seq, message);
    if (this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.early.size === 0) return;
      this.join();
    }, gapPatienceMs);
  }

  releaseEarly() {
    while (this.early.has(this.seq + 1)) {
      const next = this.early.get(this.seq + 1);
      this.early.delete(next.seq);
      this.apply(next);
      this.onChange(next.type, next.data);
    }
    for (const seq of this.early.keys()) if (seq <= this.seq) this.early.delete(seq);
    if (this.early.size === 0 && this.gapTimer) { clearTimeout(this.gapTimer); this.gapTimer = null; }
  }

  applySnapshot(snapshot) {
    this.board = snapshot.board;
    this.ideas = new Map(snapshot.ideas.map((idea) => [idea.id, idea]));
    this.clusters = new Map(snapshot.clusters.map((cluster) => [cluster.id, cluster]));
    this.seq = snapshot.seq;
  }

  upsert(idea) {
    const known = this.ideas.get(idea.id);
    // Our own idea stays readable for us while a silent brainstorm conceals it from others.
    if (known && known.mine && idea.concealed) {
      this.ideas.set(idea.id, { ...known, hidden: idea.hidden, withdrawn: idea.withdrawn, mergedIntoId: idea.mergedIntoId, columnId: idea.columnId, votes: idea.votes });
      return;
    }
    this.ideas.set(idea.id, known && known.mine ? { ...idea, mine: true } : idea);
  }

  apply(message) {
    const data = message.data;
    switch (message.type) {
      case "ideasMerged":
        this.upsert(data.target);
        for (const source of data.sources) this.upsert(source);
        break;
      case "ideasRevealed":
        for (const idea of data.ideas) this.upsert(idea);
        break;
      case "voteChanged": {
        const idea = this.ideas.get(data.ideaId);
        if (idea) idea.votes = data.votes;
        break;
      }
      case "clusterSaved":
        this.clusters.set(data.id, data);
        break;
      case "clusterDeleted":
        this.clusters.delete(data.id);
        for (const idea of this.ideas.values()) if (idea.clusterId === data.id) idea.clusterId = null;
        break;
      case "phaseChanged":
        if (this.board) this.board.phase = data.phase;
        break;
      case "timerChanged":
        if (this.board) this.board.timerEndsAt = data.endsAt;
        break;
      case "resultsPublished":
        if (this.board) this.board.resultsPublished = data.published;
        break;
      case "boardChanged":
        this.board = data;
        break;
      default:
        if (data && data.id) this.upsert(data);
    }
    this.seq = message.seq;
  }

  // Ideas are first written to the device, then sent; a reload or a lost network loses nothing.
  post({ columnId, text, areaId, language }) {
    const clientId = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
    this.outbox = [...this.outbox, { clientId, columnId, text, areaId: areaId || null, language: language || null }];
    this.flush();
  }

  async flush() {
    if (this.sending || this.connection.state !== HubConnectionState.Connected || this.joining) return;
    this.sending = true;
    let sent = false;
    try {
      for (const item of this.outbox) {
        // Keep under the server's posts-per-minute limit, so a queue written offline goes out whole.
        const now = Date.now();
        this.sentAt = this.sentAt.filter((at) => now - at < 60000);
        if (this.maxPerMinute > 0 && this.sentAt.length >= this.maxPerMinute) {
          clearTimeout(this.paceTimer);
          this.paceTimer = setTimeout(() => this.flush(), 60000 - (now - this.sentAt[0]) + 250);
          break;
        }
        this.sentAt.push(now);
        try {
          const idea = await this.connection.invoke("PostIdea", this.boardId, item);
          this.ideas.set(idea.id, { ...idea, mine: true });
          this.outbox = this.outbox.filter((waiting) => waiting.clientId !== item.clientId);
          sent = true;
        } catch (error) {
          const refused = refusalText(error);
          if (!refused) break;
          this.outbox = this.outbox.filter((waiting) => waiting.clientId !== item.clientId);
          this.notSent = [...this.notSent, { ...item, reason: refused }];
        }
      }
    } finally {
      this.sending = false;
      this.onChange("all");
    }
    // Ideas written while this round was sending go in the next one.
    if (sent && this.outbox.length > 0) this.flush();
  }

  // Any other hub method; a refusal comes back as readable text.
  async call(method, ...args) {
    try {
      return await this.connection.invoke(method, this.boardId, ...args);
    } catch (error) {
      this.onRefused(refusalText(error) || null);
      return undefined;
    }
  }

  visibleIdeas(columnId) {
    return [...this.ideas.values()]
      .filter((idea) => idea.columnId === columnId && !idea.withdrawn && !idea.mergedIntoId && (!idea.hidden || this.me?.role === "facilitator"))
      .sort((a, b) => (b.pinned - a.pinned) || (this.board?.phase === "collect" ? a.createdAt.localeCompare(b.createdAt) : (b.votes - a.votes)));
  }
}
