using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskforceManager.Benchmarks;

/// <summary>Records the SQL the services send, so <c>--explain</c> can show SQLite's EXPLAIN QUERY PLAN for each statement.</summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<(string Sql, List<(string Name, object? Value)> Parameters)> _commands = [];

    public bool Recording { get; set; }

    public IReadOnlyList<(string Sql, List<(string Name, object? Value)> Parameters)> TakeAll()
    {
        lock (_commands)
        {
            var all = _commands.ToList();
            _commands.Clear();
            return all;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (!Recording)
        {
            return;
        }

        lock (_commands)
        {
            _commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }
    }

    /// <summary>Each statement with its plan, as Markdown.</summary>
    public static string Explain(string file, IEnumerable<(string Sql, List<(string Name, object? Value)> Parameters)> commands)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using (var prepare = connection.CreateCommand())
        {
            // The requests list's text search keeps what the index found in a temporary table of its own connection
            // (a pooled connection may have it from the previous figure).
            prepare.CommandText = "CREATE TEMP TABLE IF NOT EXISTS SearchHits (Id INTEGER PRIMARY KEY)";
            prepare.ExecuteNonQuery();
        }

        var text = new System.Text.StringBuilder();
        // The search's own set-up and clean-up (its temporary table) have no plan to show.
        foreach (var (sql, parameters) in commands.DistinctBy(c => c.Sql)
                     .Where(c => !c.Sql.TrimStart().StartsWith("CREATE", StringComparison.OrdinalIgnoreCase)
                                 && !c.Sql.TrimStart().StartsWith("DROP", StringComparison.OrdinalIgnoreCase)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            text.AppendLine("```sql").AppendLine(sql.Trim()).AppendLine("```").AppendLine("```");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.AppendLine(reader.GetString(3));
            }

            text.AppendLine("```");
        }

        return text.ToString();
    }
}
