using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The administrator's list of user accounts.</summary>
public sealed class UsersAdminPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin/users";
    public const string Title = "Users";

    public ILocator User(string email) => Main.GetByText(email, new() { Exact = true }).First;
}
