using StaticNews.Model;

namespace StaticNews.Tests.Site;

/// <summary>Feed enclosures and the preview server name a picture's type from one table (ASP.NET Core's).</summary>
public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("bild.jpg", "image/jpeg")]
    [InlineData("Bilder/BILD.JPEG", "image/jpeg")]
    [InlineData("a.png", "image/png")]
    [InlineData("a.gif", "image/gif")]
    [InlineData("a.webp", "image/webp")]
    [InlineData("a.avif", "image/avif")]
    [InlineData("a.svg", "image/svg+xml")]
    [InlineData("a.unbekannt", "application/octet-stream")]
    [InlineData("ohne-endung", "application/octet-stream")]
    public void A_file_has_the_type_its_extension_says(string path, string type) => Assert.Equal(type, MediaTypes.Of(path));
}
