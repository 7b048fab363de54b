#!/usr/bin/env python3
"""Edit to screen: the time from saving an article to its new text in the page the preview serves, for
`StaticNews serve` and `hugo server --disableFastRender`, the same edit of the same article, side by side.

    edit_to_screen.py STATICNEWS POSTS_INPUT HUGO_SITE [EDITS]

STATICNEWS is the published program, POSTS_INPUT StaticNews's input folder (posts/ and site.yml), HUGO_SITE the
peer's site with the same posts in content/posts. Each edit appends a new sentence to one article in both copies;
the page is fetched every 10 ms until the sentence is in it. Prints each tool's median in milliseconds and the
ratio; standard library only."""
import html
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

STATICNEWS_PORT, HUGO_PORT = 18080, 18081


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_for(url, needle=None, timeout=180.0, start=None):
    """Polls until the page answers (and holds needle); returns the seconds since start (default: now)."""
    start = time.monotonic() if start is None else start
    while time.monotonic() - start < timeout:
        body = fetch(url)
        if body is not None and (needle is None or needle in body):
            return time.monotonic() - start
        time.sleep(0.01)
    raise SystemExit(f"edit_to_screen: {url} did not show {needle!r} within {timeout:.0f} s")


def page_of(root, title):
    """The URL path of the built page whose headline is title."""
    headline = html.escape(title, quote=False)
    for folder, _, files in os.walk(root):
        if "index.html" in files:
            with open(os.path.join(folder, "index.html"), encoding="utf-8", errors="replace") as page:
                text = page.read()
            if f">{headline}</h1>" in text or f"<title>{headline}" in text:
                return "/" + os.path.relpath(folder, root).replace(os.sep, "/") + "/"
    raise SystemExit(f"edit_to_screen: no page in {root} is headed {title!r}")


def title_of(path):
    with open(path, encoding="utf-8") as post:
        for line in post:
            if line.startswith("title:"):
                return line.split(":", 1)[1].strip().strip('"')
    raise SystemExit(f"edit_to_screen: {path} has no title")


def measure(name, server, url, post, edits):
    times = []
    try:
        wait_for(url)
        time.sleep(2)  # the first build's aftermath (a second build, a cache write) is not an editor's save
        for i in range(edits):
            sentence = f"Nachtrag {i + 1} um {time.time_ns()}."
            # The clock starts at the save, not after the fsync: the preview sees the write at once, and an fsync
            # that took longer than its rebuild made an edit look like 3 ms.
            saved = time.monotonic()
            with open(post, "a", encoding="utf-8") as file:
                file.write(f"\n{sentence}\n")
                file.flush()
                os.fsync(file.fileno())
            times.append(wait_for(url, sentence, timeout=60, start=saved) * 1000)
            time.sleep(1)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"{name:<18} {statistics.median(times):7.0f} ms  ({', '.join(f'{t:.0f}' for t in times)})", flush=True)
    return statistics.median(times)


def main():
    staticnews, posts_input, hugo_site = sys.argv[1:4]
    edits = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    name = sorted(os.listdir(os.path.join(posts_input, "posts")))[100]
    title = title_of(os.path.join(posts_input, "posts", name))
    with tempfile.TemporaryDirectory() as scratch:
        # Where each tool puts the article: found in a build of each, by its headline.
        subprocess.run([staticnews, "build", "--input", posts_input, "--output", f"{scratch}/sn"], check=True, capture_output=True)
        subprocess.run(["hugo", "--source", hugo_site, "--destination", f"{scratch}/hugo", "--quiet"], check=True, capture_output=True)
        sn_path, hugo_path = page_of(f"{scratch}/sn", title), page_of(f"{scratch}/hugo", title)

    null = subprocess.DEVNULL
    sn = subprocess.Popen([staticnews, "serve", "--input", posts_input, "--port", str(STATICNEWS_PORT)], stdout=null, stderr=null)
    t_sn = measure("staticnews serve", sn, f"http://127.0.0.1:{STATICNEWS_PORT}{sn_path}", os.path.join(posts_input, "posts", name), edits)
    hugo = subprocess.Popen(["hugo", "server", "--source", hugo_site, "--port", str(HUGO_PORT), "--bind", "127.0.0.1",
                             "--disableFastRender", "--baseURL", f"http://127.0.0.1:{HUGO_PORT}/", "--appendPort=false"], stdout=null, stderr=null)
    t_hugo = measure("hugo server", hugo, f"http://127.0.0.1:{HUGO_PORT}{hugo_path}", os.path.join(hugo_site, "content", "posts", name), edits)
    print(f"edit to screen, staticnews / hugo   {t_sn / t_hugo:.2f}  (target <= 0.15 and <= 300 ms: {t_sn:.0f} ms)")


if __name__ == "__main__":
    main()
