# The Graph service: build with the .NET SDK (plus Node for the GraphiQL assets), run on the ASP.NET runtime.
# Alone it serves the embedded store in /data; docker-compose.yml runs it with --store neo4j instead.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY samples ./samples
EXPOSE 8080
ENTRYPOINT ["dotnet", "graph.dll"]
CMD ["serve", "--data", "/data", "--import", "/app/samples/wiki", "--urls", "http://0.0.0.0:8080"]
