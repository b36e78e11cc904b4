namespace CouncilPerformance.Web.Infrastructure;

/// <summary>Demo mode: creates the demo accounts and lists them on the sign-in page. On in Development only.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
