namespace TaskforceManager.Domain.Common;

/// <summary>A rule of the work was broken; the message is written for the user who tried.</summary>
public sealed class DomainException(string message) : Exception(message);
