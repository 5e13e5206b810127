namespace TaskforceManager.App.Data.Seeding;

/// <summary>The seed files are wrong; the message names the file and the record so it can be fixed by hand.</summary>
public sealed class SeedDataException(string message, Exception? innerException = null) : Exception(message, innerException);
