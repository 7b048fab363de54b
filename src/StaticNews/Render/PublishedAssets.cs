using System.IO.Hashing;
using StaticNews.Model;
using StaticNews.Theme;

namespace StaticNews.Render;

/// <summary>
/// The theme's assets as they are published: each under a name that carries a hash of its bytes
/// (<c>assets/site.3f2a9c1b7d5e.css</c>), so a CDN and a browser may keep it for a year, and a changed stylesheet is
/// a new file every page links. An unchanged one keeps its name, its bytes and so its modification time.
/// </summary>
public sealed class PublishedAssets
{
    private readonly Dictionary<string, string> _published;

    /// <param name="assetsDir">A folder to read the assets from instead of the compiled theme (serve, for live edits).</param>
    public PublishedAssets(string? assetsDir)
    {
        Files = ThemeAssets.All().Select(asset => Read(asset, assetsDir)).ToList();
        _published = Files.ToDictionary(f => f.Name, f => f.PublishedPath, StringComparer.Ordinal);
        Fingerprint = Hash128.Of(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', _published.Values)));
    }

    /// <param name="Name">The theme's name for it (<c>assets/site.css</c>).</param>
    /// <param name="PublishedPath">Where it is published (<c>assets/site.3f2a9c1b7d5e.css</c>).</param>
    public sealed record AssetFile(string Name, string PublishedPath, byte[] Content);

    public IReadOnlyList<AssetFile> Files { get; }

    /// <summary>A hash of every published name: what pages that link the assets are made from, besides their models.</summary>
    public Hash128 Fingerprint { get; }

    /// <summary>The published path of the theme's <paramref name="name"/> (<see cref="ThemeAssets.StylesheetPath"/>).</summary>
    public string PathOf(string name) => _published[name];

    private static AssetFile Read(ThemeAsset asset, string? assetsDir)
    {
        var onDisk = assetsDir is null ? null : Path.Combine(assetsDir, asset.Path["assets/".Length..]);
        var content = onDisk is not null && File.Exists(onDisk) ? File.ReadAllBytes(onDisk) : asset.Content;
        var hash = Convert.ToHexStringLower(XxHash64.Hash(content))[..12];
        var extension = Path.GetExtension(asset.Path);
        return new AssetFile(asset.Path, $"{asset.Path[..^extension.Length]}.{hash}{extension}", content);
    }
}
