// The check-in scanner: reads ticket QR codes with the camera and checks people in through the API.
// Without a camera (or without permission) it says so; the typed form on the page keeps working.
import jsQR from "jsqr";
import { format } from "./dom.js";

const root = document.getElementById("scanner");
const textsNode = document.getElementById("checkin-texts");

if (root && textsNode) {
  const texts = JSON.parse(textsNode.textContent);
  const start = document.getElementById("scan-start");
  const stop = document.getElementById("scan-stop");
  const video = document.getElementById("scan-video");
  const status = document.getElementById("scan-status");
  const answer = document.getElementById("door-answer");
  const count = document.getElementById("count-checked-in");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  let stream = null;
  let busy = false;
  let last = { code: "", at: 0 };

  root.hidden = false;

  const say = (text) => { status.textContent = text; };

  const show = (tone, lines) => {
    const box = document.createElement("div");
    box.className = `door-answer door-${tone}`;
    lines.filter(Boolean).forEach((line, i) => {
      const p = document.createElement("p");
      if (i === 0) p.className = "door-welcome";
      p.textContent = line;
      box.append(p);
    });
    answer.replaceChildren(box);
  };

  const checkIn = async (code) => {
    busy = true;
    try {
      const response = await fetch(`/api/events/${root.dataset.eventId}/checkins`, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept-Language": document.documentElement.lang },
        body: JSON.stringify({ ticketCode: code }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        const who = body.organisation ? `${body.name} (${body.organisation})` : body.name;
        const at = body.checkedInAt ? new Date(body.checkedInAt).toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" }) : "";
        show(body.wasAlreadyCheckedIn ? "warn" : "ok", [
          body.wasAlreadyCheckedIn ? who : format(texts.welcome, who),
          body.wasAlreadyCheckedIn ? format(texts.already, at) : "",
          body.needs ? `${texts.needs}: ${body.needs}` : "",
        ]);
        if (!body.wasAlreadyCheckedIn && count) count.textContent = String(Number(count.textContent) + 1);
      } else {
        const errors = body.errors ? Object.values(body.errors).flat() : [];
        show(response.status === 400 && body.errors && body.errors.force ? "warn" : "error", [errors.join(" ") || body.title || texts.failed]);
      }
    } catch {
      show("error", [texts.failed]);
    } finally {
      busy = false;
    }
  };

  const frame = () => {
    if (!stream) return;
    if (!busy && video.readyState >= video.HAVE_ENOUGH_DATA) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
      const now = Date.now();
      // The same ticket stays in view for a while: it is sent once, not every frame.
      if (found && found.data && (found.data !== last.code || now - last.at > 5000)) {
        last = { code: found.data, at: now };
        checkIn(found.data);
      }
    }
    requestAnimationFrame(frame);
  };

  const halt = () => {
    if (stream) stream.getTracks().forEach((track) => track.stop());
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
    say("");
  };

  start.addEventListener("click", async () => {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      say(texts.noCamera);
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch (error) {
      say(error && error.name === "NotAllowedError" ? texts.denied : texts.noCamera);
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    start.hidden = true;
    stop.hidden = false;
    await video.play().catch(() => {});
    say(texts.scanning);
    requestAnimationFrame(frame);
  });

  stop.addEventListener("click", halt);
}
