using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Looks the text up in the index once and keeps the ids found in a temporary table of this context's connection, for
    /// the list's count and its page to share: the index lookup is most of a search's cost, and both queries read the
    /// table by its key instead of building a set of their own. The connection stays open until the hits are disposed,
    /// which drops the table.
    /// </summary>
    public static async Task<SearchHits> FindAsync(AppDbContext db, string text, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        var hits = new SearchHits(db);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"CREATE TEMP TABLE IF NOT EXISTS {SearchHits.Table} (Id INTEGER PRIMARY KEY); DELETE FROM temp.{SearchHits.Table};", ct);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO temp.SearchHits (Id) SELECT rowid FROM SupportRequestsSearch WHERE SupportRequestsSearch MATCH {Phrase(text)}", ct);
            return hits;
        }
        catch
        {
            await hits.DisposeAsync();
            throw;
        }
    }
}

/// <summary>The ids of the requests one search found (see <see cref="RequestSearch.FindAsync"/>).</summary>
public sealed class SearchHits(AppDbContext db) : IAsyncDisposable
{
    internal const string Table = "SearchHits";

    /// <summary>The ids found, as a subquery to compose into the list's queries.</summary>
    public IQueryable<int> Ids => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM temp.SearchHits");

    /// <summary>How many requests were found. The index holds only requests that exist (its triggers remove deleted ones).</summary>
    public Task<int> CountAsync(CancellationToken ct = default) =>
        db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM temp.SearchHits").SingleAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS temp.{Table}");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
