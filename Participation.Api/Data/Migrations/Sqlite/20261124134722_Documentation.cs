using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Documentation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyResults",
                table: "Sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextSteps",
                table: "Sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mark",
                table: "Ideas",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyResults",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "NextSteps",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Mark",
                table: "Ideas");
        }
    }
}
