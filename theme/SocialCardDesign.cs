namespace StaticNews.Theme;

/// <summary>
/// How the theme draws a story's social card (1200 × 630) where the story has no picture: its colours and fonts,
/// shipped in the theme so that a card looks the same on every machine (fonts/LICENSE.txt).
/// </summary>
public static class SocialCardDesign
{
    public const uint Paper = 0xFFFFFFFF;
    public const uint Ink = 0xFF1A1A1A;
    public const uint Muted = 0xFF595959;
    public const uint Accent = 0xFFA4161A;

    /// <summary>The headline's font.</summary>
    public static Stream HeadlineFont() => Font("fonts/DejaVuSerifCondensed-Bold.ttf");

    /// <summary>The site's name and the date.</summary>
    public static Stream TextFont() => Font("fonts/DejaVuSans.ttf");

    private static Stream Font(string name) => typeof(SocialCardDesign).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"the theme has no {name}");
}
