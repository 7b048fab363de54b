using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StaticNews.Render;

/// <summary>
/// Renders the theme's Razor components to HTML strings with <see cref="HtmlRenderer"/>: typed, compiled
/// templates, no server. One instance per thread: its dispatcher runs one render at a time.
/// </summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public ThemeRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        // The default encoder writes every non-ASCII letter as an entity (&#xFC;); readers and diffs want ü.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public string Render<TComponent>(object model) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
