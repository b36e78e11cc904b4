using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScrutinyCabinetAndPublicSite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AmendedWording",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedByName",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionAction",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionActionDueOn",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReasons",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndorsedOn",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadCabinetMember",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SessionKpiId",
                table: "Recommendations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkProgrammeOutcome",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkProgrammeTakenOn",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedFromPeriodId",
                table: "ProgressUpdate",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceReference",
                table: "ProgressUpdate",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImplementationStatus",
                table: "ProgressUpdate",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "KpiId",
                table: "ProgressUpdate",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanChange",
                table: "ProgressUpdate",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "UpdateDate",
                table: "ProgressUpdate",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "DeepDiveSeries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requests",
                table: "BoardReviews",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BoardReviewKpis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardReviewKpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardReviewKpis_BoardReviews_BoardReviewId",
                        column: x => x.BoardReviewId,
                        principalTable: "BoardReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardReviewKpis_Kpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "Kpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeViews_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AmendedWording = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ActionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LeadCabinetMember = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationDecisions_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationDecisions_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EmailedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_SessionKpiId",
                table: "Recommendations",
                column: "SessionKpiId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_ChangedFromPeriodId",
                table: "ProgressUpdate",
                column: "ChangedFromPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_KpiId",
                table: "ProgressUpdate",
                column: "KpiId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardReviewKpis_BoardReviewId_KpiId",
                table: "BoardReviewKpis",
                columns: new[] { "BoardReviewId", "KpiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardReviewKpis_KpiId",
                table: "BoardReviewKpis",
                column: "KpiId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeViews_RecommendationId",
                table: "CommitteeViews",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationDecisions_RecommendationId",
                table: "RecommendationDecisions",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationDecisions_ServiceAreaId",
                table: "RecommendationDecisions",
                column: "ServiceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_EmailedAt",
                table: "Reminders",
                column: "EmailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_UserId_Key",
                table: "Reminders",
                columns: new[] { "UserId", "Key" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressUpdate_Kpis_KpiId",
                table: "ProgressUpdate",
                column: "KpiId",
                principalTable: "Kpis",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressUpdate_ReportingPeriods_ChangedFromPeriodId",
                table: "ProgressUpdate",
                column: "ChangedFromPeriodId",
                principalTable: "ReportingPeriods",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Recommendations_SessionKpi_SessionKpiId",
                table: "Recommendations",
                column: "SessionKpiId",
                principalTable: "SessionKpi",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProgressUpdate_Kpis_KpiId",
                table: "ProgressUpdate");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgressUpdate_ReportingPeriods_ChangedFromPeriodId",
                table: "ProgressUpdate");

            migrationBuilder.DropForeignKey(
                name: "FK_Recommendations_SessionKpi_SessionKpiId",
                table: "Recommendations");

            migrationBuilder.DropTable(
                name: "BoardReviewKpis");

            migrationBuilder.DropTable(
                name: "CommitteeViews");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "RecommendationDecisions");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_SessionKpiId",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_ProgressUpdate_ChangedFromPeriodId",
                table: "ProgressUpdate");

            migrationBuilder.DropIndex(
                name: "IX_ProgressUpdate_KpiId",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "AmendedWording",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "ClosedByName",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "DecisionAction",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "DecisionActionDueOn",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "DecisionReasons",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "EndorsedOn",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "LeadCabinetMember",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "SessionKpiId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "WorkProgrammeOutcome",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "WorkProgrammeTakenOn",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "ChangedFromPeriodId",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "EvidenceReference",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "ImplementationStatus",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "KpiId",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "PlanChange",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "UpdateDate",
                table: "ProgressUpdate");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "DeepDiveSeries");

            migrationBuilder.DropColumn(
                name: "Requests",
                table: "BoardReviews");
        }
    }
}
