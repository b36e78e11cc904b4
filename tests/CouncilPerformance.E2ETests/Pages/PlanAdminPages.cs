using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The KPI form at <c>/admin/kpis/new</c> and <c>/admin/kpis/{code}/edit</c>.</summary>
public sealed class KpiEditPage(IPage page) : AppShell(page)
{
    public const string NewPath = "/admin/kpis/new";

    public ILocator Code => Main.GetByLabel("Code", new() { Exact = true });

    public ILocator Name => Main.GetByLabel("Name", new() { Exact = true });

    public ILocator Definition => Main.GetByLabel("Definition", new() { Exact = true });

    public ILocator Unit => Main.GetByLabel("Unit", new() { Exact = true });

    public ILocator BetterWhen => Main.GetByLabel("Better when");

    public ILocator Designation => Main.GetByLabel("National or locally determined");

    public ILocator ReleaseMonth => Main.GetByLabel("Usually released in");

    public ILocator DataSource => Main.GetByLabel("Data source");

    public ILocator Priority => Main.GetByLabel("Priority", new() { Exact = true });

    public ILocator Portfolio => Main.GetByLabel("Cabinet portfolio", new() { Exact = true });

    public ILocator ServiceArea => Main.GetByLabel("Service area that reports it");

    public ILocator ScrutinyBoard => Main.GetByLabel("Scrutiny board (optional)");

    public ILocator ConflictSearch => Main.GetByLabel("Find a KPI by code or name");

    public ILocator ConflictPick => Main.GetByLabel("KPI to add");

    public ILocator AddConflict => Main.GetByRole(AriaRole.Button, new() { Name = "Add conflicting KPI" });

    public ILocator Submit => Main.GetByRole(AriaRole.Button, new() { Name = "Add the KPI" });

    public ILocator ErrorSummary => Main.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The KPI was not saved" });
}

/// <summary>The redefinition form at <c>/admin/kpis/{code}/redefine</c>.</summary>
public sealed class KpiRedefinePage(IPage page) : AppShell(page)
{
    public ILocator NewDefinition => Main.GetByLabel("New definition");

    public ILocator EffectiveFrom => Main.GetByLabel("First reporting period measured the new way");

    public ILocator Reason => Main.GetByLabel("Why the definition changes");

    public ILocator Submit => Main.GetByRole(AriaRole.Button, new() { Name = "Redefine the KPI" });

    public ILocator ErrorSummary => Main.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The definition was not changed" });
}

/// <summary>A part of the plan's list at <c>/admin/plan/{part}</c> and its edit page.</summary>
public sealed class PlanPartPage(IPage page) : AppShell(page)
{
    public ILocator Row(string name) => Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Button(string name) => Main.GetByRole(AriaRole.Button, new() { Name = name });

    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator Alert => Main.GetByRole(AriaRole.Alert).First;

    public ILocator Status => Main.GetByRole(AriaRole.Status).First;
}
