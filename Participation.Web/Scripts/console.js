// The facilitator's console: phases, timer, reveal, publishing, and moderation of every idea.
import { BoardClient } from "./board-client.js";
import { el, texts, format, timerText, oncePerFrame, languages, languageName } from "./dom.js";

const root = document.getElementById("console");
const t = texts();
const ideasRoot = document.getElementById("console-ideas");
const state = document.getElementById("console-state");
const message = document.getElementById("console-message");
const selected = new Set();
const spoken = languages();

const token = root.dataset.token || null;
const client = new BoardClient({
  boardId: root.dataset.boardId, token, culture: document.documentElement.dataset.language || document.documentElement.lang,
  onChange: () => queue(),
  onStatus: (status) => { document.getElementById("console-status").textContent = status === "online" ? "" : t.offline; },
  onRefused: (text) => { message.textContent = text || t.refused; },
});

document.querySelectorAll("[data-phase]").forEach((button) =>
  button.addEventListener("click", () => client.call("SetPhase", button.dataset.phase)));
document.getElementById("timer-start").addEventListener("click", () => {
  const minutes = Number(document.getElementById("timer-minutes").value || 0);
  client.call("SetTimer", Math.round(minutes * 60));
});
document.getElementById("timer-stop").addEventListener("click", () => client.call("SetTimer", 0));
document.getElementById("reveal").addEventListener("click", () => client.call("RevealIdeas"));
document.getElementById("publish").addEventListener("click", () => client.call("PublishResults", !client.board.resultsPublished));
document.getElementById("cluster-add").addEventListener("click", () => {
  const name = document.getElementById("cluster-name");
  if (name.value.trim()) client.call("SaveCluster", null, name.value.trim());
  name.value = "";
});
document.getElementById("merge").addEventListener("click", () => {
  const ids = [...selected];
  if (ids.length < 2) { message.textContent = t.mergeHowTo; return; }
  client.call("MergeIdeas", ids[0], ids.slice(1));
  selected.clear();
});

// A table host has no login cookie: the paper cards go through the API with the host token.
const cardsForm = document.getElementById("cards-form");
if (cardsForm && token) {
  cardsForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = document.getElementById("cards-error");
    const body = { columnId: cardsForm.elements.columnId.value, lines: cardsForm.elements.lines.value, language: cardsForm.elements.language.value || null, batchId: cardsForm.dataset.batch || (cardsForm.dataset.batch = crypto.randomUUID()) };
    try {
      const response = await fetch(`/api/boards/${root.dataset.boardId}/cards`, {
        method: "POST", headers: { "Content-Type": "application/json", "Authorization": `Bearer ${token}`, "Accept-Language": document.documentElement.lang }, body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (!response.ok) { error.textContent = answer.errors ? Object.values(answer.errors).flat().join(" ") : answer.title; return; }
      error.textContent = "";
      cardsForm.elements.lines.value = "";
      delete cardsForm.dataset.batch;
    } catch {
      error.textContent = t.offline;
    }
  });
}

const photoForm = document.getElementById("photo-form");
if (photoForm && token) {
  photoForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = document.getElementById("photo-error");
    try {
      const response = await fetch(`/api/sessions/${photoForm.dataset.sessionId}/photos`, {
        method: "POST", headers: { "Authorization": `Bearer ${token}`, "Accept-Language": document.documentElement.lang }, body: new FormData(photoForm),
      });
      const answer = await response.json();
      if (!response.ok) { error.textContent = answer.errors ? Object.values(answer.errors).flat().join(" ") : answer.title; return; }
      error.textContent = "";
      document.getElementById("photo-done").textContent = answer.fileName;
      photoForm.reset();
    } catch {
      error.textContent = t.offline;
    }
  });
}

const queue = oncePerFrame(render);

function render() {
  const board = client.board;
  if (!board) return;
  state.textContent = format(t.state, t[`phase_${board.phase}`], board.resultsPublished ? t.published : t.notPublished, timerText(board.timerEndsAt) || "–");
  document.getElementById("publish").textContent = board.resultsPublished ? t.unpublish : t.publish;
  document.getElementById("clusters").replaceChildren(...[...client.clusters.values()].map((cluster) => el("li", {},
    el("bdi", {}, cluster.name), " ",
    el("button", { type: "button", class: "link-button", onclick: () => { const name = prompt(t.clusterRename, cluster.name); if (name) client.call("SaveCluster", cluster.id, name); } }, t.rename),
    " ",
    el("button", { type: "button", class: "link-button danger", onclick: () => client.call("DeleteCluster", cluster.id) }, t.remove))));
  const focused = document.activeElement && document.activeElement.id;
  ideasRoot.replaceChildren(...board.columns.map((column) => el("section", { class: "board-column" },
    el("h2", { dir: "auto" }, column.title),
    el("ul", { class: "ideas" }, client.visibleIdeas(column.id).map((idea) => ideaItem(idea, board))))));
  if (focused) document.getElementById(focused)?.focus();
}

function ideaItem(idea, board) {
  const check = el("input", { type: "checkbox", id: `select-${idea.id}`, checked: selected.has(idea.id), onchange: (event) => { if (event.target.checked) selected.add(idea.id); else selected.delete(idea.id); } });
  const move = el("select", { id: `move-${idea.id}`, "aria-label": t.moveTo, onchange: (event) => client.call("MoveIdea", idea.id, event.target.value) },
    board.columns.map((c) => el("option", { value: c.id, dir: "auto", selected: c.id === idea.columnId }, c.title)));
  const cluster = el("select", { id: `cluster-${idea.id}`, "aria-label": t.clusterOf, onchange: (event) => client.call("SetIdeaCluster", idea.id, event.target.value || null) },
    el("option", { value: "" }, t.noCluster), [...client.clusters.values()].map((c) => el("option", { value: c.id, dir: "auto", selected: c.id === idea.clusterId }, c.name)));
  return el("li", { class: `idea${idea.hidden ? " hidden-idea" : ""}${idea.pinned ? " pinned" : ""}` },
    el("label", { class: "select-idea", for: `select-${idea.id}` }, check, el("span", { class: "visually-hidden" }, t.select)),
    el("p", { class: "idea-text", dir: "auto", lang: idea.concealed ? null : idea.language || null }, idea.concealed ? t.concealed : idea.text),
    el("p", { class: "idea-meta" },
      format(t.votes, idea.votes),
      idea.language ? el("span", { class: "tag idea-language", lang: idea.language, title: t.ideaLanguage }, languageName(idea.language, spoken)) : null,
      idea.authorName ? [" · ", el("bdi", {}, idea.authorName)] : "",
      idea.source === "paper" ? ` · ${t.paper}` : "",
      idea.hidden ? el("strong", {}, ` · ${format(t.hiddenBecause, idea.hiddenReason)}`) : null),
    el("div", { class: "idea-actions" },
      idea.hidden
        ? el("button", { type: "button", class: "link-button", onclick: () => client.call("ShowIdea", idea.id) }, t.show)
        : el("button", { type: "button", class: "link-button danger", onclick: () => { const reason = prompt(t.hideReason); if (reason) client.call("HideIdea", idea.id, reason); } }, t.hide),
      el("button", { type: "button", class: "link-button", onclick: () => client.call("PinIdea", idea.id, !idea.pinned) }, idea.pinned ? t.unpin : t.pin),
      el("button", { type: "button", class: "link-button", onclick: () => { const text = prompt(t.editIdea, idea.text); if (text) client.call("EditIdea", idea.id, { text, areaId: idea.areaId }); } }, t.edit),
      move, cluster));
}

// Only the timer changes by itself; redrawing everything would close an open drop-down.
setInterval(() => { if (client.board) state.textContent = format(t.state, t[`phase_${client.board.phase}`], client.board.resultsPublished ? t.published : t.notPublished, timerText(client.board.timerEndsAt) || "–"); }, 1000);
client.start();
