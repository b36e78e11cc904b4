using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeopleAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ScrutinyBoardId",
                table: "AspNetUsers",
                column: "ScrutinyBoardId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_ScrutinyBoards_ScrutinyBoardId",
                table: "AspNetUsers",
                column: "ScrutinyBoardId",
                principalTable: "ScrutinyBoards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_ScrutinyBoards_ScrutinyBoardId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ScrutinyBoardId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "IsDisabled",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ScrutinyBoardId",
                table: "AspNetUsers");
        }
    }
}
