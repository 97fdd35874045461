// Small helpers to build DOM nodes. User text only ever goes in as text, never as markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function texts() {
  const node = document.getElementById("board-texts");
  return node ? JSON.parse(node.textContent) : {};
}

export function format(template, ...values) {
  return String(template).replace(/\{(\d+)\}/g, (_, i) => values[Number(i)]);
}

// The countdown every screen shows; informative only.
export function timerText(endsAt, now = Date.now()) {
  if (!endsAt) return "";
  const left = Math.max(0, Math.round((Date.parse(endsAt) - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
}

// Calls render at most once per frame, however many changes arrive in it.
export function oncePerFrame(render) {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; render(); });
  };
}

// The languages the product speaks, with their native names; an idea's language is stored as the tag.
export function languages() {
  const node = document.getElementById("board-languages");
  return node ? JSON.parse(node.textContent) : [];
}

// The name to show for an idea's language tag: the native name when we speak it, else the tag itself.
export function languageName(tag, known = languages()) {
  if (!tag) return null;
  const match = known.find((l) => l.code.toLowerCase() === tag.toLowerCase() || l.tag.toLowerCase() === tag.toLowerCase());
  return match ? match.name : tag;
}
