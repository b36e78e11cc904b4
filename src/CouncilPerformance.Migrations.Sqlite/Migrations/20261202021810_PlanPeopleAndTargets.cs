using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanPeopleAndTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KpiDefinitionChanges_KpiId",
                table: "KpiDefinitionChanges");

            migrationBuilder.AddColumn<string>(
                name: "Comparators",
                table: "Targets",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EqualCounts",
                table: "Targets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Targets",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "UpperValue",
                table: "Targets",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Strategies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "ServiceAreas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "ScrutinyBoards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Priorities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Portfolios",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReplacedAt",
                table: "Kpis",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacedByName",
                table: "Kpis",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementReason",
                table: "Kpis",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SimilarBand",
                table: "Kpis",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewDefinition",
                table: "KpiDefinitionChanges",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousName",
                table: "KpiDefinitionChanges",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedAt",
                table: "KpiDefinitionChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedByName",
                table: "KpiDefinitionChanges",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ScrutinyBoardId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PortfolioHolders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PortfolioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortfolioHolders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PortfolioHolders_Portfolios_PortfolioId",
                        column: x => x.PortfolioId,
                        principalTable: "Portfolios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScrutinyBoardMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScrutinyBoardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrutinyBoardMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrutinyBoardMembers_ScrutinyBoards_ScrutinyBoardId",
                        column: x => x.ScrutinyBoardId,
                        principalTable: "ScrutinyBoards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiDefinitionChanges_KpiId_EffectiveFromPeriodId",
                table: "KpiDefinitionChanges",
                columns: new[] { "KpiId", "EffectiveFromPeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ScrutinyBoardId",
                table: "AspNetUsers",
                column: "ScrutinyBoardId");

            migrationBuilder.CreateIndex(
                name: "IX_PortfolioHolders_PortfolioId_HeldFrom",
                table: "PortfolioHolders",
                columns: new[] { "PortfolioId", "HeldFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyBoardMembers_ScrutinyBoardId_Name",
                table: "ScrutinyBoardMembers",
                columns: new[] { "ScrutinyBoardId", "Name" });

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_ScrutinyBoards_ScrutinyBoardId",
                table: "AspNetUsers",
                column: "ScrutinyBoardId",
                principalTable: "ScrutinyBoards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Before target kinds, a target row with no number meant "no target set".
            migrationBuilder.Sql("UPDATE Targets SET Kind = 'None' WHERE Value IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_ScrutinyBoards_ScrutinyBoardId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "PortfolioHolders");

            migrationBuilder.DropTable(
                name: "ScrutinyBoardMembers");

            migrationBuilder.DropIndex(
                name: "IX_KpiDefinitionChanges_KpiId_EffectiveFromPeriodId",
                table: "KpiDefinitionChanges");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ScrutinyBoardId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Comparators",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "EqualCounts",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "UpperValue",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Strategies");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "ServiceAreas");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "ScrutinyBoards");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Priorities");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Portfolios");

            migrationBuilder.DropColumn(
                name: "ReplacedAt",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "ReplacedByName",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "ReplacementReason",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "SimilarBand",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "NewDefinition",
                table: "KpiDefinitionChanges");

            migrationBuilder.DropColumn(
                name: "PreviousName",
                table: "KpiDefinitionChanges");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "KpiDefinitionChanges");

            migrationBuilder.DropColumn(
                name: "RecordedByName",
                table: "KpiDefinitionChanges");

            migrationBuilder.DropColumn(
                name: "IsDisabled",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ScrutinyBoardId",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_KpiDefinitionChanges_KpiId",
                table: "KpiDefinitionChanges",
                column: "KpiId");
        }
    }
}
