using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The administrator's home page (also <c>/admin</c>): the council plan and its parts.</summary>
public sealed class PlanAdminPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin";
    public const string Title = "The council plan";

    /// <summary>A part of the plan by its heading (case-insensitive, part of the name: "boards" finds "Scrutiny boards").</summary>
    public ILocator Section(string name) => Main.GetByRole(AriaRole.Heading, new() { Name = name }).First;
}
