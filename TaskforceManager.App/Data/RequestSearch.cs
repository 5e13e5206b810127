using Microsoft.EntityFrameworkCore;

namespace TaskforceManager.App.Data;

/// <summary>The id of a support request found by the full-text index.</summary>
public sealed class RequestSearchHit
{
    public int Id { get; set; }
}

/// <summary>
/// Full-text search over support requests' title, requesting organisation and challenge: an SQLite FTS5 table with the
/// trigram tokenizer (so any run of three or more characters matches, case-insensitively, as LIKE '%…%' did) whose
/// content is the SupportRequests table itself, kept in step by triggers.
/// </summary>
public static class RequestSearch
{
    public const string Table = "SupportRequestSearch";
    public const string InsertTrigger = "SupportRequests_Search_Insert";
    public const string DeleteTrigger = "SupportRequests_Search_Delete";
    public const string UpdateTrigger = "SupportRequests_Search_Update";

    /// <summary>The trigram tokenizer cannot match fewer than three characters; shorter text falls back to LIKE.</summary>
    public const int MinimumLength = 3;

    /// <summary>The SQL that creates the table and its triggers, and indexes the requests already there.</summary>
    public static readonly string[] CreateSql =
    [
        $"CREATE VIRTUAL TABLE {Table} USING fts5(Title, RequestingOrganisation, Challenge, content='SupportRequests', content_rowid='Id', tokenize='trigram');",
        $"""
        CREATE TRIGGER {InsertTrigger} AFTER INSERT ON SupportRequests BEGIN
          INSERT INTO {Table}(rowid, Title, RequestingOrganisation, Challenge) VALUES (new.Id, new.Title, new.RequestingOrganisation, new.Challenge);
        END;
        """,
        $"""
        CREATE TRIGGER {DeleteTrigger} AFTER DELETE ON SupportRequests BEGIN
          INSERT INTO {Table}({Table}, rowid, Title, RequestingOrganisation, Challenge) VALUES ('delete', old.Id, old.Title, old.RequestingOrganisation, old.Challenge);
        END;
        """,
        $"""
        CREATE TRIGGER {UpdateTrigger} AFTER UPDATE OF Title, RequestingOrganisation, Challenge ON SupportRequests BEGIN
          INSERT INTO {Table}({Table}, rowid, Title, RequestingOrganisation, Challenge) VALUES ('delete', old.Id, old.Title, old.RequestingOrganisation, old.Challenge);
          INSERT INTO {Table}(rowid, Title, RequestingOrganisation, Challenge) VALUES (new.Id, new.Title, new.RequestingOrganisation, new.Challenge);
        END;
        """,
        $"INSERT INTO {Table}({Table}) VALUES ('rebuild');",
    ];

    public static readonly string[] DropSql =
    [
        $"DROP TRIGGER IF EXISTS {UpdateTrigger};",
        $"DROP TRIGGER IF EXISTS {DeleteTrigger};",
        $"DROP TRIGGER IF EXISTS {InsertTrigger};",
        $"DROP TABLE IF EXISTS {Table};",
    ];

    /// <summary>The ids of the requests whose text holds <paramref name="text"/> as one phrase (at least three characters).</summary>
    public static IQueryable<int> Matching(AppDbContext db, string text)
    {
        // A quoted FTS5 string is one phrase: no operator in the user's text can change the query.
        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return db.Set<RequestSearchHit>()
            .FromSql($"SELECT rowid AS Id FROM SupportRequestSearch WHERE SupportRequestSearch MATCH {phrase}")
            .Select(h => h.Id);
    }
}
