#!/usr/bin/env bash
# Builds two hosts against the packages in artifacts/packages, restored from them as a local feed: a strong-named
# .NET Framework 4.8 program (compiled, as this machine runs no .NET Framework; then its assemblies are walked with
# the Framework loader's rule that a strong-named assembly loads only strong-named ones) and a .NET 10 program, built
# and run. Fails when an assembly of ours lacks a strong name, or when a break in the chain is other than the two
# known unsigned Ardalis packages.
set -euo pipefail
cd "$(dirname "$0")"
feed=$(cd ../../artifacts/packages && pwd)
version=$(ls "$feed" | sed -n 's/^Recouvrement\.Domain\.\(.*\)\.nupkg$/\1/p')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Recouvrement.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
properties=(-c Release -p:RecouvrementVersion="$version" -p:HostCheckPackages="$work/packages")

for host in Framework Modern; do
  dotnet restore "$host" --configfile "$work/nuget.config" -p:RecouvrementVersion="$version" \
    -p:HostCheckPackages="$work/packages" > "$work/restore.log" || { cat "$work/restore.log"; exit 1; }
done

dotnet build Framework --no-restore "${properties[@]}" -o "$work/framework" > "$work/framework.log" || { cat "$work/framework.log"; exit 1; }
echo ".NET Framework 4.8 host (strong-named): built. Strong-named assemblies referencing one without a strong name:"
dotnet run -c Release --no-build --project ../PackageCheck -- --strong-name-closure "$work/framework/Framework.exe" \
  | tee "$work/closure" | sed 's/^/  /'
while read -r referrer arrow unsigned; do
  case "$referrer $unsigned" in
    # Upstream ships these two unsigned (the only versions served): docs/building.md, "Packages and releases".
    "Recouvrement."*" Ardalis.Result" | "Recouvrement."*" Ardalis.SmartEnum") ;;
    *) echo "$referrer references $unsigned, which has no strong name" >&2; exit 1 ;;
  esac
done < "$work/closure"

dotnet build Modern --no-restore "${properties[@]}" -o "$work/modern" > "$work/modern.log" || { cat "$work/modern.log"; exit 1; }
echo ".NET 10 host: built; its run says:"
dotnet "$work/modern/Modern.dll" > "$work/modern.out"
sed 's/^/  /' "$work/modern.out"
[ "$(grep -Ec "^Recouvrement\.(Domain|Scheduling|Extensions) [0-9.]+ a9407550ae92a7a6$" "$work/modern.out")" -eq 3 ]
