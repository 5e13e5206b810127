namespace TaskforceManager.App.Data;

/// <summary>
/// The full-text index of the requests list's text search: an FTS5 table over each request's title, requesting
/// organisation and challenge, holding no copy of the text (external content) and kept up to date by triggers. The
/// trigram tokenizer makes a quoted phrase match any substring of three characters or more, case-insensitively, as
/// the list's LIKE search did, but from the index instead of reading every request.
/// </summary>
/// <remarks>
/// Made by the ListIndexes migration. The triggers belong to the SupportRequests table: a later migration that makes EF
/// rebuild that table (SQLite cannot alter some columns in place) drops them, and must create them again.
/// </remarks>
public static class RequestSearch
{
    public const string Table = "SupportRequestsSearch";

    /// <summary>Fewer characters than this cannot be found through trigrams; such a search reads the rows instead.</summary>
    public const int MinimumLength = 3;

    /// <summary>
    /// The user's text as one FTS5 phrase: a quoted string in which only the double quote needs escaping (doubled), so
    /// no character of the text is read as query syntax. With the trigram tokenizer the phrase matches as a substring.
    /// </summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Whether the text is long enough to be found through the index (counted in characters, not UTF-16 units).</summary>
    public static bool CanUseIndex(string text) => text.EnumerateRunes().Count() >= MinimumLength;
}
