using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The administrator's list of user accounts (a static page: the search is sent with its button).</summary>
public sealed class UsersAdminPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin/users";
    public const string Title = "Users";

    public ILocator User(string email) => Main.GetByText(email, new() { Exact = true }).First;

    /// <summary>The row of an account, found by any text in it (its e-mail address).</summary>
    public ILocator Row(string text) => Main.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public ILocator Search => Main.GetByLabel("Search by name or e-mail");

    public ILocator ShowButton => Main.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true });

    public ILocator NewAccountLink => Main.GetByRole(AriaRole.Link, new() { Name = "New account", Exact = true });

    /// <summary>What the list says after the new-account page created an account.</summary>
    public ILocator Created => Main.Locator("#account-created");

    /// <summary>Types the search and sends it with Show; the list comes back for the new address.</summary>
    public async Task SearchAsync(string text)
    {
        await WaitForInteractiveAsync();
        await Search.FillAsync(text);
        await ShowButton.ClickAsync();
        // As a browser sends a GET form: a space is a plus.
        await ExpectPathAsync($"{Path}?q={System.Net.WebUtility.UrlEncode(text)}");
        await WaitForInteractiveAsync();
    }

    public async Task<NewAccountPage> OpenNewAccountAsync()
    {
        await WaitForInteractiveAsync();
        await NewAccountLink.ClickAsync();
        var form = new NewAccountPage(Page);
        await form.ExpectPathAsync(NewAccountPage.Path);
        await form.ExpectHeadingAsync(NewAccountPage.Title);
        await form.WaitForInteractiveAsync();
        return form;
    }
}

/// <summary>The administrator's form that creates an account (an interactive page).</summary>
public sealed class NewAccountPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin/users/new";
    public const string Title = "New account";

    public ILocator Name => Main.GetByLabel("Name", new() { Exact = true });

    public ILocator Email => Main.GetByLabel("E-mail address");

    public ILocator Role => Main.GetByLabel("Role", new() { Exact = true });

    public ILocator ServiceArea => Main.GetByLabel("Service area");

    public ILocator FirstPassword => Main.GetByLabel("First password");

    public ILocator CreateButton => Main.GetByRole(AriaRole.Button, new() { Name = "Create account" });

    public ILocator Problem => Main.GetByRole(AriaRole.Alert);

    /// <summary>Fills in an officer's account, with the first service area offered.</summary>
    public async Task FillOfficerAsync(string name, string email, string password)
    {
        await Name.FillAsync(name);
        await Email.FillAsync(email);
        await Role.SelectOptionAsync(new SelectOptionValue { Label = "Officer" });
        await ServiceArea.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await FirstPassword.FillAsync(password);
    }
}
