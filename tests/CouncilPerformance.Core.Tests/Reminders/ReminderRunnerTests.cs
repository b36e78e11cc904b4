using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Reminders;
using CouncilPerformance.Core.Tests.Decisions;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Tests.Reminders;

/// <summary>The reminder job against the seeded database (real SQLite) and a real SMTP server inside the test.</summary>
public class ReminderRunnerTests
{
    private static readonly DateTimeOffset _today = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static ReminderRunner Runner(SeededServices world, IReminderMailer mailer) =>
        new(world.Factory, world.Clock, mailer, Options.Create(new ReminderOptions()), NullLogger<ReminderRunner>.Instance);

    private static MailKitReminderMailer Smtp(TestSmtpServer server) =>
        new(Options.Create(new EmailOptions { Host = "127.0.0.1", Port = server.Port, Security = "None", SenderAddress = "performance@example.org" }));

    private static MailKitReminderMailer InAppOnly() => new(Options.Create(new EmailOptions()));

    private static async Task<List<Reminder>> RemindersOfAsync(SeededServices world, string email)
    {
        await using var db = world.Db.CreateContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Reminders.AsNoTracking().Where(r => r.UserId == id).ToListAsync();
    }

    [Fact]
    public async Task Run_twice_each_person_gets_one_email_and_nothing_twice()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = _today;
        await using var smtp = await TestSmtpServer.StartAsync();
        var runner = Runner(world, Smtp(smtp));

        var first = await runner.RunOnceAsync("instance-a");
        var second = await runner.RunOnceAsync("instance-a");

        Assert.True(first.HeldLease);
        Assert.True(first.Created > 0);
        Assert.Equal(0, second.Created);
        Assert.Equal(0, second.Emailed);
        var recipients = smtp.Recipients();
        Assert.Equal(recipients.Distinct().Count(), recipients.Count);
        Assert.Contains(SeededServices.CabinetEmail, recipients);
        Assert.Contains(SeededServices.AdminEmail, recipients);
        Assert.Contains(SeededServices.OfficerEmail, recipients);
        Assert.DoesNotContain(SeededServices.ScrutinyEmail, recipients);
        Assert.Equal(first.Emailed, recipients.Count);
        var cabinetMail = smtp.Received.Single(m => m.To.Mailboxes.Any(a => a.Address == SeededServices.CabinetEmail));
        Assert.Contains("Cabinet 1", cabinetMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("is overdue", cabinetMail.TextBody, StringComparison.Ordinal);
        Assert.All(await RemindersOfAsync(world, SeededServices.CabinetEmail), r => Assert.NotNull(r.EmailedAt));
    }

    [Fact]
    public async Task Two_instances_at_once_send_one_email_each()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = _today;
        await using var smtp = await TestSmtpServer.StartAsync();

        var runs = await Task.WhenAll(
            Task.Run(() => Runner(world, Smtp(smtp)).RunOnceAsync("instance-a")),
            Task.Run(() => Runner(world, Smtp(smtp)).RunOnceAsync("instance-b")));

        Assert.Contains(runs, r => r.HeldLease);
        var recipients = smtp.Recipients();
        Assert.NotEmpty(recipients);
        Assert.Equal(recipients.Distinct().Count(), recipients.Count);
        Assert.Equal(runs.Sum(r => r.Emailed), recipients.Count);
    }

    [Fact]
    public async Task An_instance_skips_the_run_while_another_holds_the_lease()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = _today;
        await using (var db = world.Db.CreateContext())
        {
            db.JobLeases.Add(new JobLease { Name = ReminderRunner.LeaseName, Holder = "instance-b", ExpiresAt = _today.UtcDateTime.AddMinutes(3) });
            await db.SaveChangesAsync();
        }

        await using var smtp = await TestSmtpServer.StartAsync();
        var blocked = await Runner(world, Smtp(smtp)).RunOnceAsync("instance-a");
        world.Clock.Now = _today.AddMinutes(4);
        var afterExpiry = await Runner(world, Smtp(smtp)).RunOnceAsync("instance-a");

        Assert.False(blocked.HeldLease);
        Assert.Equal(0, blocked.Created);
        Assert.True(afterExpiry.HeldLease);
        Assert.NotEmpty(smtp.Recipients());
    }

    [Fact]
    public async Task A_failed_send_is_kept_and_retried_on_the_next_run()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = _today;
        await using var smtp = await TestSmtpServer.StartAsync();
        var unreachable = new MailKitReminderMailer(Options.Create(new EmailOptions { Host = "127.0.0.1", Port = 1, Security = "None" }));

        var failed = await Runner(world, unreachable).RunOnceAsync("instance-a");
        var afterFailure = await RemindersOfAsync(world, SeededServices.CabinetEmail);
        var retried = await Runner(world, Smtp(smtp)).RunOnceAsync("instance-a");

        Assert.Equal(0, failed.Emailed);
        Assert.All(afterFailure, r => Assert.Null(r.EmailedAt));
        Assert.All(afterFailure, r => Assert.NotNull(r.EmailError));
        Assert.Equal(0, retried.Created);
        Assert.Contains(SeededServices.CabinetEmail, smtp.Recipients());
        Assert.All(await RemindersOfAsync(world, SeededServices.CabinetEmail), r => Assert.NotNull(r.EmailedAt));
    }

    [Fact]
    public async Task Responses_due_within_14_days_remind_Cabinet_and_the_administrator_and_a_decision_stops_them()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = CabinetServices.BeforeTheDueDate;
        await world.DecideAsync(("Cabinet 1", DecisionOutcome.Agreed));
        world.Clock.Now = new DateTimeOffset(2025, 12, 20, 9, 0, 0, TimeSpan.Zero);

        await Runner(world, InAppOnly()).RunOnceAsync("instance-a");

        var cabinet = await RemindersOfAsync(world, SeededServices.CabinetEmail);
        var admin = await RemindersOfAsync(world, SeededServices.AdminEmail);
        Assert.Equal(24, cabinet.Count(r => r.Kind == ReminderKind.ResponseDueSoon));
        Assert.Equal(24, admin.Count(r => r.Kind == ReminderKind.ResponseDueSoon));
        var decided = await world.RecommendationAsync("Cabinet 1");
        Assert.DoesNotContain(cabinet, r => r.Link == $"/recommendations/{decided.Id}");
        Assert.All(cabinet, r => Assert.Null(r.EmailedAt));
    }

    [Fact]
    public async Task Missing_results_escalate_in_three_steps_after_the_deadline()
    {
        // 2025/26 is open with a deadline of 29 May 2026 (the seed).
        await using var world = await SeededServices.CreateAsync();
        var deadline = (await world.PeriodAsync(2025)).EntryDeadline!.Value;
        DateTimeOffset On(DateOnly d) => new(d.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var runner = Runner(world, InAppOnly());

        world.Clock.Now = On(deadline.AddDays(-3));
        await runner.RunOnceAsync("a");
        var before = await RemindersOfAsync(world, SeededServices.OfficerEmail);
        world.Clock.Now = On(deadline.AddDays(1));
        await runner.RunOnceAsync("a");
        var step1Admin = await RemindersOfAsync(world, SeededServices.AdminEmail);
        world.Clock.Now = On(deadline.AddDays(7));
        await runner.RunOnceAsync("a");
        var step2Officer = await RemindersOfAsync(world, SeededServices.OfficerEmail);
        var step2Admin = await RemindersOfAsync(world, SeededServices.AdminEmail);
        world.Clock.Now = On(deadline.AddDays(14));
        await runner.RunOnceAsync("a");
        await runner.RunOnceAsync("a");
        var step3Admin = await RemindersOfAsync(world, SeededServices.AdminEmail);
        var step3Officer = await RemindersOfAsync(world, SeededServices.OfficerEmail);

        var missing = before.Count(r => r.Kind == ReminderKind.ResultDeadlineSoon);
        Assert.True(missing > 0);
        Assert.DoesNotContain(step1Admin, r => r.Key.StartsWith("result-", StringComparison.Ordinal));
        Assert.Equal(missing, step2Officer.Count(r => r.Key.StartsWith("result-overdue-1:", StringComparison.Ordinal)));
        Assert.Equal(missing, step2Officer.Count(r => r.Key.StartsWith("result-overdue-2:", StringComparison.Ordinal)));
        Assert.Contains(step2Admin, r => r.Key.StartsWith("result-overdue-2:", StringComparison.Ordinal));
        Assert.DoesNotContain(step2Admin, r => r.Kind == ReminderKind.ResultEscalated);
        Assert.Contains(step3Admin, r => r.Kind == ReminderKind.ResultEscalated);
        Assert.DoesNotContain(step3Officer, r => r.Kind == ReminderKind.ResultEscalated);
        Assert.Equal(step3Admin.Count, step3Admin.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public async Task Officers_are_asked_for_an_update_before_the_report_back_and_after_three_quiet_months()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = CabinetServices.BeforeTheDueDate;
        await world.DecideAsync(("b", DecisionOutcome.Agreed));

        world.Clock.Now = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        await Runner(world, InAppOnly()).RunOnceAsync("a");
        var quiet = await RemindersOfAsync(world, SeededServices.OfficerEmail);
        world.Clock.Now = new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero);
        await Runner(world, InAppOnly()).RunOnceAsync("a");
        var later = await RemindersOfAsync(world, SeededServices.OfficerEmail);

        Assert.DoesNotContain(quiet, r => r.Kind == ReminderKind.UpdateStale);
        Assert.Single(later, r => r.Kind == ReminderKind.UpdateStale);
        Assert.Single(later, r => r.Kind == ReminderKind.UpdateBeforeReportBack);
        Assert.DoesNotContain(await RemindersOfAsync(world, SeededServices.FinanceOfficerEmail), r => r.Kind == ReminderKind.UpdateStale);
    }
}
