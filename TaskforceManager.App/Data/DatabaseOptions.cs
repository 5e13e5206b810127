namespace TaskforceManager.App.Data;

/// <summary>Database settings: the connection string <c>ConnectionStrings:Taskforce</c> and whether demo data is loaded.</summary>
public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "Taskforce";
    public const string DefaultConnectionString = "Data Source=data/taskforce.db";

    /// <summary>Load the demo data from the seeds folder into an empty database (<c>Seeding:Demo</c>).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Where the seed files are; by default the seeds folder copied beside the app.</summary>
    public string SeedsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");
}
