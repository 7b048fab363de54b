namespace StaticNews.Enrich;

/// <summary>The lead, shortened for cards and feeds.</summary>
public static class Summaries
{
    public const int MaxLength = 220;

    /// <summary>Cuts at the last word boundary before <see cref="MaxLength"/> and marks the cut with an ellipsis.</summary>
    public static string Shorten(string lead)
    {
        lead = lead.Trim();
        if (lead.Length <= MaxLength) return lead;
        var cut = lead.LastIndexOf(' ', MaxLength);
        if (cut < MaxLength / 2) cut = MaxLength;
        return lead[..cut].TrimEnd(',', ';', ':', '-', '–', ' ') + "…";
    }
}
