namespace CouncilPerformance.Core.Auditing;

/// <summary>Who is making a change, for the audit log. The web host supplies the signed-in user.</summary>
public interface ICurrentUser
{
    string? Id { get; }

    string Name { get; }
}

/// <summary>Changes made by the app itself (migrations, seeding, background work).</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public string? Id => null;

    public string Name => "system";
}
