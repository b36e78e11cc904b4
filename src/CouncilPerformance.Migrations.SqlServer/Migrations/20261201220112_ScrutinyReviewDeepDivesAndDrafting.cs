using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScrutinyReviewDeepDivesAndDrafting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndorsedOn",
                table: "Recommendations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SessionKpiId",
                table: "Recommendations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Recommendations",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkProgrammeOutcome",
                table: "Recommendations",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkProgrammeTakenOn",
                table: "Recommendations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "DeepDiveSeries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requests",
                table: "BoardReviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BoardReviewKpis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BoardReviewId = table.Column<int>(type: "int", nullable: false),
                    KpiId = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_SessionKpiId",
                table: "Recommendations",
                column: "SessionKpiId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardReviewKpis_BoardReviewId_KpiId",
                table: "BoardReviewKpis",
                columns: new[] { "BoardReviewId", "KpiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardReviewKpis_KpiId",
                table: "BoardReviewKpis",
                column: "KpiId");

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
                name: "FK_Recommendations_SessionKpi_SessionKpiId",
                table: "Recommendations");

            migrationBuilder.DropTable(
                name: "BoardReviewKpis");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_SessionKpiId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "EndorsedOn",
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
                name: "ClosedOn",
                table: "DeepDiveSeries");

            migrationBuilder.DropColumn(
                name: "Requests",
                table: "BoardReviews");
        }
    }
}
