namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The classes that start the app run one after another, not in parallel. Program.cs sets up
/// Serilog with a process-wide bootstrap logger; two hosts starting at the same moment make the
/// second fail with "The logger is already frozen" (serilog-aspnetcore #251/#289/#315).
/// Each class still has its own app through <see cref="IClassFixture{TFixture}"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OneAppAtATime
{
    public const string Name = "Integration (one app starting at a time)";
}
