// Edu4All Image Studio: the edit page's mask painter. The student paints over the area to change; on submit the
// page builds the mask the image APIs expect (a PNG the size of the image, opaque where nothing changes, fully
// transparent where it should change), puts it in the form's file field and sends the form as a normal
// multipart POST, so Post/Redirect/Get, the CSRF token and the flash all work as on every other form.
(function () {
  "use strict";

  var form = document.querySelector("form[data-mask-editor]");
  if (!form || !window.DataTransfer || !HTMLCanvasElement.prototype.toBlob) {
    return; // the <noscript>-style explanation stays; the form stays hidden
  }
  var canvas = form.querySelector("[data-mask-canvas]");
  var ctx = canvas.getContext("2d");
  var sizeInput = form.querySelector("[data-brush-size]");
  var fileInput = form.querySelector("[data-mask-input]");
  var error = form.querySelector("[data-mask-error]");
  var cursor = form.querySelector("[data-mask-cursor]");
  var maxBytes = Number(form.getAttribute("data-mask-max-bytes"));
  var strokes = []; // every stroke is kept, so undo simply redraws the rest
  var current = null;
  var keyboardAt = { x: canvas.width / 2, y: canvas.height / 2 };

  form.hidden = false;

  function tool() {
    var checked = form.querySelector("[data-tool]:checked");
    return checked ? checked.value : "brush";
  }

  function drawStroke(stroke) {
    ctx.save();
    ctx.globalCompositeOperation = stroke.tool === "eraser" ? "destination-out" : "source-over";
    ctx.strokeStyle = ctx.fillStyle = "rgb(220, 30, 60)";
    ctx.lineWidth = stroke.size;
    ctx.lineCap = ctx.lineJoin = "round";
    var points = stroke.points;
    if (points.length === 1) {
      ctx.beginPath();
      ctx.arc(points[0].x, points[0].y, stroke.size / 2, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.moveTo(points[0].x, points[0].y);
      for (var i = 1; i < points.length; i++) {
        ctx.lineTo(points[i].x, points[i].y);
      }
      ctx.stroke();
    }
    ctx.restore();
  }

  function redraw() {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    strokes.forEach(drawStroke);
  }

  // The canvas is shown scaled to fit the page; strokes are kept in image pixels.
  function scale() {
    var rect = canvas.getBoundingClientRect();
    return { rect: rect, sx: canvas.width / rect.width, sy: canvas.height / rect.height };
  }

  function toImage(event) {
    var s = scale();
    return { x: (event.clientX - s.rect.left) * s.sx, y: (event.clientY - s.rect.top) * s.sy };
  }

  function brushSize() {
    return Number(sizeInput.value) * scale().sx / 2 + 4; // in image pixels, so a brush looks the same at any zoom
  }

  function hideError() {
    error.hidden = true;
    error.textContent = "";
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }

  canvas.addEventListener("pointerdown", function (event) {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    current = { tool: tool(), size: brushSize(), points: [toImage(event)] };
    strokes.push(current);
    redraw();
    hideError();
  });
  canvas.addEventListener("pointermove", function (event) {
    if (current) {
      current.points.push(toImage(event));
      redraw();
    }
  });
  ["pointerup", "pointercancel"].forEach(function (type) {
    canvas.addEventListener(type, function () { current = null; });
  });

  // Keyboard painting: arrows move a visible brush ring, Space or Enter paints a dab there.
  function placeCursor() {
    var s = scale();
    var size = brushSize() / s.sx;
    cursor.hidden = false;
    cursor.style.width = cursor.style.height = size + "px";
    cursor.style.left = (keyboardAt.x / s.sx - size / 2) + "px";
    cursor.style.top = (keyboardAt.y / s.sy - size / 2) + "px";
  }
  canvas.addEventListener("focus", placeCursor);
  canvas.addEventListener("blur", function () { cursor.hidden = true; });
  canvas.addEventListener("keydown", function (event) {
    var step = (event.shiftKey ? 80 : 16) * scale().sx;
    var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key]) {
      keyboardAt.x = Math.min(canvas.width, Math.max(0, keyboardAt.x + moves[event.key][0]));
      keyboardAt.y = Math.min(canvas.height, Math.max(0, keyboardAt.y + moves[event.key][1]));
      placeCursor();
    } else if (event.key === " " || event.key === "Enter") {
      strokes.push({ tool: tool(), size: brushSize(), points: [{ x: keyboardAt.x, y: keyboardAt.y }] });
      redraw();
      hideError();
    } else {
      return;
    }
    event.preventDefault();
  });
  sizeInput.addEventListener("input", function () {
    if (document.activeElement === canvas) { placeCursor(); }
  });

  form.querySelector("[data-undo]").addEventListener("click", function () {
    strokes.pop();
    redraw();
  });
  form.querySelector("[data-clear]").addEventListener("click", function () {
    strokes = [];
    redraw();
  });

  // Opaque everywhere, then the painted pixels punched out: transparent = change here.
  function buildMask(done) {
    var mask = document.createElement("canvas");
    mask.width = canvas.width;
    mask.height = canvas.height;
    var m = mask.getContext("2d");
    m.fillStyle = "#000";
    m.fillRect(0, 0, mask.width, mask.height);
    m.globalCompositeOperation = "destination-out";
    m.drawImage(canvas, 0, 0);
    mask.toBlob(done, "image/png");
  }

  function paintedSomething() {
    var pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (var i = 3; i < pixels.length; i += 4) {
      if (pixels[i] === 255) { return true; }
    }
    return false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!paintedSomething()) {
      showError(error.getAttribute("data-text-empty"));
      canvas.focus();
      return;
    }
    buildMask(function (blob) {
      if (!blob || blob.size > maxBytes) {
        showError(error.getAttribute("data-text-too-large"));
        return;
      }
      var files = new DataTransfer();
      files.items.add(new File([blob], "mask.png", { type: "image/png" }));
      fileInput.files = files.files;
      form.querySelector("button[type=submit]").disabled = true; // a double click must not send it twice
      form.submit();
    });
  });
})();
