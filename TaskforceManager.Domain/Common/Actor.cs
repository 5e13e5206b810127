namespace TaskforceManager.Domain.Common;

/// <summary>Who did something: a user's id and the name people know them by.</summary>
public sealed record Actor
{
    public const int IdMaxLength = 64;
    public const int NameMaxLength = 200;

    public Actor(string id, string name)
    {
        Id = Guard.Required(id, "The user's id", IdMaxLength);
        Name = Guard.Required(name, "The user's name", NameMaxLength);
    }

    public string Id { get; }
    public string Name { get; }

    /// <summary>The application itself, for work no person did (seeding, scheduled jobs).</summary>
    public static Actor System { get; } = new("system", "TaskforceManager");
}
