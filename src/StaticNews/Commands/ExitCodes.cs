namespace StaticNews.Commands;

/// <summary>The program's exit codes, as the README documents them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The build failed and nothing was published.</summary>
    public const int Failed = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary><c>--keep-going</c> published the good documents and skipped bad ones.</summary>
    public const int PartlyPublished = 3;
}
