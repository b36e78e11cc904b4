using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The administrator's page for one account: name and role, signing in, temporary password.</summary>
public sealed class UserEditPage(IPage page) : AppShell(page)
{
    public ILocator Status => Main.Locator("#account-status");

    public ILocator UnlockButton => Main.GetByRole(AriaRole.Button, new() { Name = "Unlock account" });

    public ILocator DisableButton => Main.GetByRole(AriaRole.Button, new() { Name = "Disable account" });

    public ILocator EnableButton => Main.GetByRole(AriaRole.Button, new() { Name = "Enable account" });

    public ILocator TemporaryPassword => Main.GetByLabel("Temporary password");

    public ILocator SetTemporaryPasswordButton => Main.GetByRole(AriaRole.Button, new() { Name = "Set temporary password" });

    public ILocator Confirmation(string text) => Main.Locator("#account-notice").GetByText(text);

    /// <summary>Opens the account from the list of users by its name.</summary>
    public static async Task<UserEditPage> OpenFromListAsync(IPage page, string displayName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var list = new UsersAdminPage(page);
        await list.GotoAsync(UsersAdminPage.Path);
        await list.WaitForInteractiveAsync();
        await list.Main.GetByRole(AriaRole.Link, new() { Name = displayName, Exact = true }).ClickAsync();
        var edit = new UserEditPage(page);
        await edit.ExpectHeadingAsync(displayName);
        return edit;
    }
}

/// <summary>The person's own account pages (static Identity pages in the app's layout).</summary>
public sealed class AccountPages(IPage page) : AppShell(page)
{
    public ILocator AccountMenu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Your account" });

    public ILocator SharedKey => Main.Locator("#shared-key");

    public ILocator QrCode => Main.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^QR code") });

    public ILocator CodeField => Main.GetByLabel("Code from the app");

    public ILocator RecoveryCodes => Main.GetByRole(AriaRole.Region, new() { Name = "Your recovery codes" });

    public ILocator Button(string name) => Main.GetByRole(AriaRole.Button, new() { Name = name });

    public async Task OpenFromAppBarAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "My account", Exact = true }).First.ClickAsync();
        await ExpectPathAsync("/Account/Manage");
        await ExpectHeadingAsync("My account");
    }

    public async Task ChangePasswordAsync(string current, string next)
    {
        await Main.GetByLabel(new System.Text.RegularExpressions.Regex("^(Current|Temporary) password$")).FillAsync(current);
        await Main.GetByLabel("New password", new() { Exact = true }).FillAsync(next);
        await Main.GetByLabel("New password again").FillAsync(next);
        await Button("Change password").ClickAsync();
    }

    public async Task ExpectTwoFactorOnAsync() =>
        await Expect(RecoveryCodes.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
}
