using System.Diagnostics;
using StaticNews.Serve;

namespace StaticNews.Tests.Commands;

/// <summary>The preview server: live reload, error page and recovery, base path, never touching output/ (issue #6).</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly TestSite _site = new TestSite()
        .Add("site.yml", "baseUrl: https://example.org/news/\nlanguage: de\n")
        .Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nErste Fassung.\n")
        .Add("entwurf.md", "---\ntitle: Entwurf\ndate: 2024-12-01T11:00:00Z\ndraft: true\n---\nNoch nicht fertig.\n");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _log = new();
    private PreviewServer _server = null!;

    public async Task InitializeAsync() => _server = await PreviewServer.Start(_site.Input, 0, themeDir: null, TextWriter.Synchronized(_log));

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_drafts_and_the_reload_script()
    {
        Assert.EndsWith("/news/", _server.Url, StringComparison.Ordinal);
        var front = await _http.GetStringAsync(_server.Url);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}?built=", front);
        Assert.Contains("Entwurf", front);
        Assert.Contains("Erste Fassung", await _http.GetStringAsync(_server.Url + "2024/12/01/alpha/"));
        Assert.False(Directory.Exists(_site.Output), "serve must never write the published output/");
    }

    [Fact]
    public async Task A_saved_change_rebuilds_and_reloads_open_pages_within_two_seconds()
    {
        using var events = await _http.GetStreamAsync(new Uri(new Uri(_server.Url), LiveReload.EventsPath));
        using var reader = new StreamReader(events);
        Assert.Equal("retry: 500", await reader.ReadLineAsync());
        var clock = Stopwatch.StartNew();
        _site.Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nZweite Fassung.\n");
        string? line;
        while ((line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5))) != "event: reload") Assert.NotNull(line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"reload after {clock.Elapsed}");
        Assert.Contains("Zweite Fassung", await _http.GetStringAsync(_server.Url + "2024/12/01/alpha/"));
        var builds = _log.ToString().Split('\n').Where(l => l.Contains(" articles in ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("Built 2 articles in ", builds[0]);
        Assert.StartsWith("Rebuilt 2 articles in ", builds[^1]);
    }

    // The first build is done when the server has started: a page of "build 0" is older, whenever it listens, and
    // one of build 99 came from an earlier run of serve (its tab stayed open, its stream reconnects).
    [Theory, InlineData(0), InlineData(99)]
    public async Task A_page_of_another_build_than_the_last_is_told_to_reload_as_soon_as_it_listens(int built)
    {
        using var events = await _http.GetStreamAsync(new Uri(new Uri(_server.Url), LiveReload.EventsPath + $"?built={built}"));
        using var reader = new StreamReader(events);
        string? line;
        while ((line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5))) != "event: reload") Assert.NotNull(line);
    }

    [Fact]
    public async Task A_page_of_the_last_build_waits_for_the_next_one()
    {
        var front = await _http.GetStringAsync(_server.Url);
        var built = System.Text.RegularExpressions.Regex.Match(front, @"\?built=(\d+)").Groups[1].Value;
        using var events = await _http.GetStreamAsync(new Uri(new Uri(_server.Url), LiveReload.EventsPath + $"?built={built}"));
        using var reader = new StreamReader(events);
        Assert.Equal("retry: 500", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());
        var early = reader.ReadLineAsync();
        Assert.NotSame(early, await Task.WhenAny(early, Task.Delay(500))); // no reload without a save
        _site.Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nDritte Fassung.\n");
        Assert.Equal("event: reload", await early.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_build_error_shows_in_the_browser_and_fixing_the_file_recovers()
    {
        _site.Add("kaputt.md", "---\ntitle: Kaputt\ntags: 5\n---\n");
        await Eventually(async () => (await _http.GetAsync(_server.Url)).StatusCode == System.Net.HttpStatusCode.InternalServerError);
        var error = await (await _http.GetAsync(_server.Url)).Content.ReadAsStringAsync();
        Assert.Contains("kaputt.md:3:7: error:", error);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}?built=", error);

        File.Delete(Path.Combine(_site.Input, "kaputt.md"));
        await Eventually(async () => (await _http.GetAsync(_server.Url)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Paths_outside_the_preview_are_not_served()
    {
        var response = await _http.GetAsync(_server.Url + "..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/news//etc/passwd")]
    [InlineData("/news/%2Fetc%2Fpasswd")]
    [InlineData("/news/..%2F..%2F..%2Fetc%2Fpasswd")]
    public async Task Absolute_and_escaping_request_paths_are_not_served(string path)
    {
        var origin = new Uri(_server.Url).GetLeftPart(UriPartial.Authority);
        using var client = new HttpClient();
        var response = await client.GetAsync(new Uri(origin + path, UriKind.Absolute));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_requests_for_127_0_0_1_or_localhost_are_answered()
    {
        var port = new Uri(_server.Url).Port;
        foreach (var (host, ok) in new[] { ($"127.0.0.1:{port}", true), ($"localhost:{port}", true), ($"attacker.example:{port}", false), ("localhost", false) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url);
            request.Headers.Host = host;
            var response = await _http.SendAsync(request);
            Assert.True(ok == response.IsSuccessStatusCode, $"{host}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_site_without_a_base_url_is_previewed_at_the_servers_address_with_no_warning_about_another()
    {
        using var bare = new TestSite().Add("site.yml", "language: de\n").Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nText.\n");
        using var log = new StringWriter();
        await using var server = await PreviewServer.Start(bare.Input, 0, themeDir: null, TextWriter.Synchronized(log));
        await server.Settled();
        Assert.Contains(server.Url + "2024/12/01/alpha/", await _http.GetStringAsync(server.Url + "feed.xml"));
        Assert.DoesNotContain("baseUrl", log.ToString());
        Assert.DoesNotContain("localhost:8080", log.ToString());
    }

    [Fact]
    public async Task A_site_without_site_yml_is_told_so_but_not_that_feeds_point_at_another_address()
    {
        using var bare = new TestSite().Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nText.\n");
        using var log = new StringWriter();
        await using var server = await PreviewServer.Start(bare.Input, 0, themeDir: null, TextWriter.Synchronized(log));
        await server.Settled();
        Assert.Contains("no site.yml: every setting has its default.", log.ToString());
        Assert.DoesNotContain("localhost:8080", log.ToString());
    }

    [Fact]
    public async Task The_preview_folder_is_private_holds_no_page_and_goes_when_serve_stops()
    {
        var mine = _server.PrivateFolder;
        Assert.StartsWith(Path.GetTempPath(), mine, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(mine));
        Assert.DoesNotMatch(@"preview-\d+$", mine); // not the process id: unguessable
        Assert.Contains("Erste Fassung", await _http.GetStringAsync(_server.Url + "2024/12/01/alpha/"));
        Assert.Empty(Directory.EnumerateFiles(mine, "*", SearchOption.AllDirectories)); // pages are served from memory
        await _server.DisposeAsync();
        Assert.False(Directory.Exists(mine));
        _server = await PreviewServer.Start(_site.Input, 0, themeDir: null, TextWriter.Null); // for DisposeAsync
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the preview did not rebuild in time");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}

/// <summary>The preview's answers from its files in memory, without a server.</summary>
public sealed class PreviewSiteTests
{
    private static async Task<(int Status, string Body)> Get(PreviewSite site, string path)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        await site.Handle(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Pages_are_found_by_folder_and_file_and_a_page_that_fails_to_render_shows_the_error_page()
    {
        var reload = new LiveReload(CancellationToken.None);
        var site = new PreviewSite("/news", reload);
        Model.OutputFile[] files =
        [
            new("index.html", () => Utf8("<html><body>Start</body></html>")),
            new("2024/a/index.html", () => Utf8("<html><body>A</body></html>")),
            new("404.html", () => Utf8("<html><body>Fehlt</body></html>")),
            new("kaputt/index.html", () => throw new InvalidOperationException("boom")),
        ];
        site.Built(new Model.BuildReport([], null, files.Length, TimeSpan.Zero, Published: true), new PreviewFiles(files, new MemoryStream()));

        Assert.Equal((200, "<html><body>Start" + reload.Script + "</body></html>"), await Get(site, "/news/"));
        Assert.Contains("A", (await Get(site, "/news/2024/a/")).Body);
        Assert.Equal(200, (await Get(site, "/news/2024/a")).Status);
        Assert.Equal(404, (await Get(site, "/news/2024/b/")).Status);
        Assert.Contains("Fehlt", (await Get(site, "/elsewhere/")).Body);
        var (status, body) = await Get(site, "/news/kaputt/");
        Assert.Equal(500, status);
        Assert.Contains("failed to render this page (InvalidOperationException: boom)", body);
    }
}
