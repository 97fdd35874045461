// The projector view: large, readable from the back of the room, the public view of the board.
import { BoardClient } from "./board-client.js";
import { el, texts, format, timerText, oncePerFrame } from "./dom.js";

const root = document.getElementById("wall");
const t = texts();
const ideasRoot = document.getElementById("wall-ideas");
const phase = document.getElementById("wall-phase");
const timer = document.getElementById("wall-timer");
const status = document.getElementById("wall-status");

const client = new BoardClient({
  boardId: root.dataset.boardId, culture: document.documentElement.dataset.language || document.documentElement.lang, watch: true,
  onChange: () => queue(),
  onStatus: (state) => { status.textContent = state === "online" ? "" : t.offline; },
  onRefused: (message) => { status.textContent = message || t.refused; },
});

const queue = oncePerFrame(render);

function render() {
  const board = client.board;
  if (!board) return;
  phase.textContent = t[`phase_${board.phase}`];
  ideasRoot.replaceChildren(...board.columns.map((column) => {
    const ideas = client.visibleIdeas(column.id);
    const concealed = ideas.filter((i) => i.concealed).length;
    return el("section", { class: "wall-column" },
      el("h2", {}, el("bdi", {}, column.title), el("span", { class: "wall-count" }, ` (${ideas.length})`)),
      concealed > 0 ? el("p", { class: "concealed" }, format(t.concealedCount, concealed)) : null,
      el("ul", { class: "ideas" }, ideas.filter((i) => !i.concealed).map((idea) =>
        el("li", { class: `idea${idea.pinned ? " pinned" : ""}` },
          el("p", { class: "idea-text", dir: "auto", lang: idea.language || null }, idea.text),
          board.phase !== "collect" || idea.votes > 0 ? el("p", { class: "votes" }, format(t.votes, idea.votes)) : null))));
  }));
}

setInterval(() => { timer.textContent = client.board ? timerText(client.board.timerEndsAt) : ""; }, 1000);
client.start();
