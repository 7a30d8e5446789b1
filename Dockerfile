# The Graph service: built with the .NET SDK and Node (the build installs GraphiQL, Cytoscape.js and the first-name
# lists from npm), run on the ASP.NET runtime as the image's non-root user. Alone it serves the embedded store in
# /data; docker-compose.yml runs it with --store neo4j instead (or embedded, with the "embedded" profile). It listens
# on 0.0.0.0, so it needs an API key: docker run -e Graph__ApiKey=$(openssl rand -hex 32) ... (README, Security).
FROM node:24-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node from the official image (a current LTS), not Debian's older package.
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
WORKDIR /src
# Restore in its own layers, which change only when a project file or a package list does, not with every source edit.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Graph.Core/Graph.Core.csproj src/Graph.Core/
COPY src/Graph.Cypher/Graph.Cypher.csproj src/Graph.Cypher/
COPY src/Graph.Import/Graph.Import.csproj src/Graph.Import/
COPY src/Graph.Neo4j/Graph.Neo4j.csproj src/Graph.Neo4j/
COPY src/Graph.Api/Graph.Api.csproj src/Graph.Api/
COPY src/Graph.Cli/Graph.Cli.csproj src/Graph.Cli/
RUN dotnet restore src/Graph.Cli/Graph.Cli.csproj
COPY src/Graph.Api/ClientApp/package.json src/Graph.Api/ClientApp/package-lock.json src/Graph.Api/ClientApp/
RUN cd src/Graph.Api/ClientApp && npm ci --no-audit --no-fund
COPY src/Graph.Import/Lexicon/package.json src/Graph.Import/Lexicon/package-lock.json src/Graph.Import/Lexicon/
RUN cd src/Graph.Import/Lexicon && npm ci --no-audit --no-fund
COPY . .
RUN dotnet publish src/Graph.Cli -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY samples ./samples
# The embedded store's data directory, owned by the image's non-root user "app".
RUN mkdir /data && chown app:app /data
VOLUME /data
USER app
EXPOSE 8080
# The runtime image has no curl or wget: bash's /dev/tcp asks /health/live and checks for a 200.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "graph.dll"]
CMD ["serve", "--data", "/data", "--import", "/app/samples/wiki", "--urls", "http://0.0.0.0:8080"]
