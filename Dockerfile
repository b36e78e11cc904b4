# CouncilPerformance web app.
#   docker build -t councilperformance .
#   docker compose up            (with SQL Server; see docs/operations.md)

# ---- build ------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG BUILD_CONFIGURATION=Release
WORKDIR /src

# Restore first, from the project files alone, so the package layer is cached
# until a project file or a package version changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CouncilPerformance.Core/CouncilPerformance.Core.csproj src/CouncilPerformance.Core/
COPY src/CouncilPerformance.Migrations.Sqlite/CouncilPerformance.Migrations.Sqlite.csproj src/CouncilPerformance.Migrations.Sqlite/
COPY src/CouncilPerformance.Migrations.SqlServer/CouncilPerformance.Migrations.SqlServer.csproj src/CouncilPerformance.Migrations.SqlServer/
COPY src/CouncilPerformance.Web/CouncilPerformance.Web.csproj src/CouncilPerformance.Web/
RUN dotnet restore src/CouncilPerformance.Web/CouncilPerformance.Web.csproj

COPY src/ src/
RUN dotnet publish src/CouncilPerformance.Web/CouncilPerformance.Web.csproj \
        --configuration "$BUILD_CONFIGURATION" --no-restore \
        --output /app/publish -p:UseAppHost=false

# ---- runtime ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# Directories the app writes to, owned by the non-root "app" user that the image
# provides. A named volume mounted on one of them starts with this ownership.
#   /app/logs   Serilog's rolling files (logs/councilperformance-YYYYMMDD.log, relative to /app)
#   /app/data   the SQLite database when Database__Provider=Sqlite
# (The data-protection key ring, which protects sign-in cookies, is kept in the database.)
RUN mkdir -p /app/logs /app/data \
    && chown app:app /app/logs /app/data

COPY --from=build /app/publish .

# SQLite default for a plain `docker run`; docker-compose.yml overrides it for SQL Server.
# appsettings.json's relative "councilperformance.db" would land in /app, which the app user
# cannot write.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__DefaultConnection="Data Source=/app/data/councilperformance.db"

EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "CouncilPerformance.Web.dll"]
