// The participant's board on a phone: join with the code, post ideas (kept on the phone until sent),
// see the others' ideas live, change or withdraw one's own while collecting, and place dots.
import { BoardClient } from "./board-client.js";
import { el, texts, format, timerText, oncePerFrame, languages } from "./dom.js";

const root = document.getElementById("board");
const t = texts();
const code = root.dataset.joinCode;
const culture = document.documentElement.dataset.language || document.documentElement.lang || "de";
const maxLength = Number(root.dataset.ideaMaxLength || 500);
const joinKey = `participation:join:${code}`;
const joinForm = document.getElementById("join-form");
const status = document.getElementById("board-status");
const announcer = document.getElementById("board-announcer");
const view = document.getElementById("board-view");
let client = null;
let editing = null;
let unseen = 0;
let announceTimer = null;
let focusAfterJoin = false;
const spoken = languages();

function stored() {
  try { return JSON.parse(localStorage.getItem(joinKey) || "null"); } catch { return null; }
}

joinForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("join-error");
  error.textContent = "";
  const body = { displayName: joinForm.elements.displayName?.value || null, language: culture };
  try {
    const response = await fetch(`/api/join/${encodeURIComponent(code)}`, {
      method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": culture }, body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      error.textContent = answer.errors ? Object.values(answer.errors).flat().join(" ") : answer.title;
      return;
    }
    localStorage.setItem(joinKey, JSON.stringify({ token: answer.participantToken, boardId: answer.boardId }));
    focusAfterJoin = true;
    begin();
  } catch {
    error.textContent = t.offlineJoin;
  }
  if (error.textContent) error.focus();
});

function begin() {
  const joined = stored();
  if (!joined) { joinForm.hidden = false; return; }
  joinForm.hidden = true;
  view.hidden = false;
  client = new BoardClient({
    boardId: joined.boardId, token: joined.token, culture, storageKey: `participation:${joined.boardId}`,
    maxPerMinute: Number(root.dataset.maxPostsPerMinute || 0),
    onChange: (type, data) => { if (type === "ideaPosted") noteNewIdea(data); queueRender(); },
    onStatus: showStatus,
    // A refusal from the server can come while the participant types the next idea: the alert is announced, the focus stays.
    onRefused: (message) => showMessage(message || t.refused, "error", { focus: false }),
    // The stored token no longer works (the board was deleted or the data reset): join afresh.
    onUnauthorized: () => { localStorage.removeItem(joinKey); view.hidden = true; joinForm.hidden = false; },
  });
  client.start();
  setInterval(() => { const timer = document.getElementById("board-timer"); if (timer && client.board) timer.textContent = timerText(client.board.timerEndsAt); }, 1000);
}

function showStatus(state) {
  status.className = `board-status ${state}`;
  status.textContent = state === "online" ? "" : state === "connecting" ? t.connecting : t.offline;
  queueRender();
}

function showMessage(message, kind, { focus = true } = {}) {
  const box = document.getElementById("board-message");
  box.className = `board-message ${kind}`;
  box.textContent = message;
  if (focus && kind === "error" && message) box.focus();
}

// Someone else's new idea; the participant's own post is not announced (the form says what became of it).
function isOwn(idea) {
  if (!idea) return false;
  if (client.ideas.get(idea.id)?.mine) return true;
  // The broadcast of our own post can come before the server's answer to it.
  return client.outbox.some((waiting) => waiting.text === idea.text && waiting.columnId === idea.columnId);
}

function noteNewIdea(idea) {
  if (isOwn(idea)) return;
  unseen += 1;
  if (announceTimer) return;
  // A polite summary at most every ten seconds, so a screen reader is not flooded.
  announceTimer = setTimeout(() => {
    announcer.textContent = format(unseen === 1 ? t.newIdea : t.newIdeas, unseen);
    unseen = 0;
    announceTimer = null;
  }, 10000);
}

const queueRender = oncePerFrame(render);

function render() {
  if (!client || !client.board) return;
  const board = client.board;
  const collecting = board.phase === "collect";
  const voting = board.phase === "vote";
  const dotsLeft = client.me ? client.me.dotsLeft : 0;
  const waiting = client.outbox.length;
  const focused = document.activeElement && document.activeElement.id;
  const draft = document.getElementById("idea-text")?.value ?? "";
  const draftLanguage = document.getElementById("idea-language")?.selectedIndex;

  const header = el("header", { class: "board-head" },
    el("h1", { id: "board-title", tabindex: "-1", dir: "auto" }, board.title),
    el("p", { class: "board-phase" }, t[`phase_${board.phase}`],
      board.timerEndsAt ? el("span", { class: "board-timer", id: "board-timer", role: "timer", "aria-live": "off" }, timerText(board.timerEndsAt)) : null),
    voting ? el("p", { class: "dots-left" }, format(t.dotsLeft, dotsLeft, board.voteBudget)) : null,
    waiting > 0 ? el("p", { class: "outbox", role: "status" }, format(t.waiting, waiting)) : null);

  const form = collecting ? postForm(board, draft, draftLanguage) : null;
  const refused = client.notSent.length ? el("section", { class: "not-sent card", "aria-labelledby": "not-sent-heading" },
    el("h2", { id: "not-sent-heading" }, t.notSent),
    el("ul", { class: "plain" }, client.notSent.map((item) => el("li", {},
      el("p", { class: "idea-text", dir: "auto" }, item.text),
      el("p", { class: "error" }, item.reason),
      el("div", { class: "idea-actions" },
        el("button", { type: "button", class: "button small", onclick: () => client.retry(item.clientId) }, t.sendAgain),
        el("button", { type: "button", class: "link-button", onclick: () => client.discard(item.clientId) }, t.discard)))))) : null;
  const columns = board.columns.map((column) => el("section", { class: "board-column", "aria-labelledby": `col-${column.id}` },
    el("h2", { id: `col-${column.id}`, dir: "auto" }, column.title),
    ideaList(client.visibleIdeas(column.id), { collecting, voting, board })));

  view.replaceChildren(...[header, refused, form, ...columns].filter(Boolean));
  if (focusAfterJoin) {
    focusAfterJoin = false;
    (document.getElementById("idea-text") || document.getElementById("board-title")).focus();
  } else if (focused) {
    document.getElementById(focused)?.focus();
  }
}

// The language select: the eight the product speaks by native name (plain German is stored as German), or another.
function languageSelect(selectedIndex, { id = "idea-language", value } = {}) {
  const select = el("select", { id, name: "language" },
    spoken.map((l) => el("option", { value: l.tag, lang: l.tag, selected: value === undefined ? l.code === culture : l.tag === value }, l.name)),
    el("option", { value: "", selected: value === "" }, t.otherLanguage));
  if (selectedIndex !== undefined && selectedIndex >= 0) select.selectedIndex = selectedIndex;
  return select;
}

function postForm(board, draft, draftLanguage) {
  const text = el("textarea", { id: "idea-text", name: "text", rows: 3, maxlength: maxLength, required: true, dir: "auto", "aria-describedby": "idea-count" });
  text.value = draft;
  const count = el("p", { id: "idea-count", class: "hint" }, format(t.characters, draft.length, maxLength));
  text.addEventListener("input", () => { count.textContent = format(t.characters, text.value.length, maxLength); });
  const column = el("select", { id: "idea-column", name: "columnId" }, board.columns.map((c) => el("option", { value: c.id, dir: "auto" }, c.title)));
  const language = languageSelect(draftLanguage);
  const area = board.areas.length ? el("select", { id: "idea-area", name: "areaId" },
    el("option", { value: "" }, t.noArea), board.areas.map((a) => el("option", { value: a.id, dir: "auto" }, a.name))) : null;
  return el("form", {
    class: "post-form card", onsubmit: (event) => {
      event.preventDefault();
      const value = text.value.trim();
      if (!value) { showMessage(t.empty, "error"); return; }
      client.post({ columnId: column.value, text: value, areaId: area ? area.value || null : null, language: language.value || null });
      text.value = "";
      // The next idea is written where the last one was.
      text.focus();
      showMessage(client.connection.state === "Connected" ? "" : t.savedOffline, "info");
    },
  },
  el("div", { class: "field" }, el("label", { for: "idea-column" }, t.column), column),
  area ? el("div", { class: "field" }, el("label", { for: "idea-area" }, t.area), area) : null,
  el("div", { class: "field" }, el("label", { for: "idea-text" }, t.yourIdea), text, count),
  el("div", { class: "field" }, el("label", { for: "idea-language" }, t.ideaLanguage), language),
  el("button", { type: "submit", id: "idea-send", class: "button" }, t.send));
}

function ideaList(ideas, { collecting, voting, board }) {
  if (ideas.length === 0) return el("p", { class: "empty" }, t.noIdeas);
  return el("ul", { class: "ideas" }, ideas.map((idea) => {
    const myDots = client.me?.myVotes?.[idea.id] || 0;
    const item = el("li", { class: `idea${idea.mine ? " mine" : ""}${idea.pinned ? " pinned" : ""}` });
    if (idea.concealed) {
      item.append(el("p", { class: "concealed" }, t.concealed));
      return item;
    }
    if (editing === idea.id) {
      const box = el("textarea", { id: `edit-${idea.id}`, rows: 3, maxlength: maxLength, "aria-label": t.editIdea, dir: "auto", lang: idea.language || null });
      box.value = idea.text;
      const language = languageSelect(undefined, { id: `edit-language-${idea.id}`, value: idea.language || "" });
      item.append(box,
        el("label", { for: language.id }, t.ideaLanguage), language,
        el("button", {
          type: "button", class: "button small", onclick: async () => {
            const changed = await client.call("EditIdea", idea.id, { text: box.value, areaId: idea.areaId || null, language: language.value });
            if (changed) client.ideas.set(changed.id, { ...changed, mine: true });
            editing = null;
            queueRender();
          },
        }, t.save),
        el("button", { type: "button", class: "link-button", onclick: () => { editing = null; queueRender(); } }, t.cancel));
      return item;
    }
    item.append(el("p", { class: "idea-text", dir: "auto", lang: idea.language || null }, idea.text));
    const meta = el("p", { class: "idea-meta" },
      idea.authorName ? el("bdi", {}, idea.authorName) : null,
      idea.pinned ? el("span", { class: "tag" }, t.pinned) : null,
      idea.mine ? el("span", { class: "tag" }, t.mine) : null,
      voting || idea.votes > 0 ? el("span", { class: "votes" }, format(t.votes, idea.votes)) : null);
    item.append(meta);
    if (voting) {
      item.append(el("div", { class: "vote-buttons" },
        el("button", { type: "button", class: "button small", "aria-label": format(t.addDotTo, idea.text), disabled: client.me.dotsLeft <= 0 || myDots >= board.maxVotesPerIdea, onclick: () => vote(idea, 1) }, "+"),
        el("span", { class: "my-dots", "aria-label": format(t.myDots, myDots) }, "●".repeat(myDots)),
        el("button", { type: "button", class: "button small secondary", "aria-label": format(t.removeDotFrom, idea.text), disabled: myDots <= 0, onclick: () => vote(idea, -1) }, "−")));
    }
    if (collecting && idea.mine) {
      item.append(el("div", { class: "idea-actions" },
        el("button", { type: "button", class: "link-button", onclick: () => { editing = idea.id; queueRender(); } }, t.edit),
        el("button", { type: "button", class: "link-button danger", onclick: () => { if (confirm(t.confirmWithdraw)) client.call("WithdrawIdea", idea.id); } }, t.withdraw)));
    }
    return item;
  }));
}

async function vote(idea, delta) {
  const result = await client.call("Vote", idea.id, delta);
  if (result) {
    client.me.myVotes[idea.id] = result.myDots;
    client.me.dotsLeft = result.dotsLeft;
    queueRender();
  }
}

begin();
