using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>
/// Any page of the public site: plain server-rendered HTML on the GOV.UK Frontend layout, so there
/// is no circuit to wait for; the header's service navigation and the main region with its one h1.
/// </summary>
public sealed class PublicSitePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Main => Page.GetByRole(AriaRole.Main);

    public ILocator Heading => Main.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Menu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    public ILocator MenuLink(string name) => Menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Link(string name) => Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Table(string caption) => Main.GetByRole(AriaRole.Table, new() { Name = caption });

    public ILocator Row(string caption, string firstCell) =>
        Table(caption).GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = firstCell, Exact = true }) });

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task ExpectHeadingAsync(string text) => await Expect(Heading).ToHaveTextAsync(text);
}
