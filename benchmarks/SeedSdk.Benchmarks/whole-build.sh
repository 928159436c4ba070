#!/usr/bin/env bash
# A whole `dotnet build` of a console project with 1,000 seeds (about 1.5 KB each, from SeedProse), once with the
# generator and once without it, with -p:ReportAnalyzer=true. Prints the wall time of each build, the Csc task's
# time and the generator's own time as the compiler reports it.
# Usage: benchmarks/SeedSdk.Benchmarks/whole-build.sh WORK_DIR [SEED_COUNT]
set -euo pipefail
work="$1"; count="${2:-1000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$repo/benchmarks/SeedSdk.Benchmarks"

dotnet build "$bench" -c Release > /dev/null
dotnet "$bench/bin/Release/net10.0/SeedSdk.Benchmarks.dll" write-seeds "$work/seeds" "$count"

project() { # name, analyzer reference (empty for none)
  mkdir -p "$work/$1"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/SeedSdk/build/SeedSdk.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Bench</RootNamespace>
    <SeedSdkSeedsFolder>../seeds</SeedSdkSeedsFolder>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/SeedSdk/SeedSdk.csproj" />
    $2
  </ItemGroup>
  <Import Project="$repo/src/SeedSdk/build/SeedSdk.targets" />
</Project>
XML
  echo 'System.Console.WriteLine("ok");' > "$work/$1/Program.cs"
}

project WithGenerator '<ProjectReference Include="'"$repo"'/src/SeedSdk.Generator/SeedSdk.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />'
project WithoutGenerator ''

for name in WithGenerator WithoutGenerator; do
  dotnet restore "$work/$name" > /dev/null
  dotnet build "$work/$name" -c Release --no-restore > /dev/null  # dependencies built once, outside the measurement
  rm -rf "$work/$name/obj/Release" "$work/$name/bin"
  start=$(date +%s.%N)
  dotnet build "$work/$name" -c Release --no-restore --no-dependencies -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary > "$work/$name.log"
  end=$(date +%s.%N)
  echo "== $name: build $(echo "$end - $start" | bc) s"
  grep -E '^\s+[0-9]+ ms\s+Csc\s' "$work/$name.log" | head -1 | sed 's/^ */   Csc task: /'
  grep -iE 'generator execution time|SeedSdk.Generator, Version' "$work/$name.log" | head -2 | sed 's/^ */   /'
done
