#!/bin/sh
# Builds the VRFs of two VPNs on one PE with plain net-snmp commands, then reads them back.
#
#   AGENT=127.0.0.1:1161 SNMP_USER=ops AUTH_PASS=... PRIV_PASS=... IF_A=3 IF_B=5 ./examples/two-vpns.sh
#
# IF_A / IF_B are the ifIndex values (IF-MIB) of the customer-facing interfaces of VPN A and B.
# MIBDIRS must let net-snmp find MPLS-L3VPN-STD-MIB (default: ../shared/mibs next to the project).
set -eu
: "${AGENT:?AGENT=host:port}" "${SNMP_USER:?}" "${AUTH_PASS:?}" "${PRIV_PASS:?}" "${IF_A:?}" "${IF_B:?}"
here=$(cd "$(dirname "$0")/.." && pwd)
mibs=${MIBDIRS:-$here/../shared/mibs}
v3="-v3 -l authPriv -u $SNMP_USER -a SHA-256 -A $AUTH_PASS -x AES -X $PRIV_PASS"
set_="snmpset -M +$mibs -m ALL $v3 $AGENT"
M=MPLS-L3VPN-STD-MIB

# Notifications on (vrfUp / vrfDown / route thresholds).
$set_ $M::mplsL3VpnNotificationEnable.0 i true

for vpn in A B; do
  if [ "$vpn" = A ]; then rd=65000:1; rt=65000:100; ifx=$IF_A; else rd=65000:2; rt=65000:200; ifx=$IF_B; fi
  # The VRF: RD (text or the 8-octet form both work), thresholds, admin up, kept across restarts.
  $set_ "$M::mplsL3VpnVrfRD.\"vpn$vpn\"" s "$rd" \
        "$M::mplsL3VpnVrfDescription.\"vpn$vpn\"" s "customer $vpn" \
        "$M::mplsL3VpnVrfConfMidRteThresh.\"vpn$vpn\"" u 50 \
        "$M::mplsL3VpnVrfConfHighRteThresh.\"vpn$vpn\"" u 90 \
        "$M::mplsL3VpnVrfConfMaxRoutes.\"vpn$vpn\"" u 100 \
        "$M::mplsL3VpnVrfConfAdminStatus.\"vpn$vpn\"" i up \
        "$M::mplsL3VpnVrfConfStorageType.\"vpn$vpn\"" i nonVolatile \
        "$M::mplsL3VpnVrfConfRowStatus.\"vpn$vpn\"" i createAndGo
  # One route target for import and export.
  $set_ "$M::mplsL3VpnVrfRT.\"vpn$vpn\".1.both" s "$rt" \
        "$M::mplsL3VpnVrfRTDescr.\"vpn$vpn\".1.both" s "vpn $vpn members" \
        "$M::mplsL3VpnVrfRTStorageType.\"vpn$vpn\".1.both" i nonVolatile \
        "$M::mplsL3VpnVrfRTRowStatus.\"vpn$vpn\".1.both" i createAndGo
  # The customer-facing interface.
  $set_ "$M::mplsL3VpnIfVpnRouteDistProtocol.\"vpn$vpn\".$ifx" b static \
        "$M::mplsL3VpnIfConfStorageType.\"vpn$vpn\".$ifx" i nonVolatile \
        "$M::mplsL3VpnIfConfRowStatus.\"vpn$vpn\".$ifx" i createAndGo
done

# The same customer prefix in both VPNs, each via its own CE. Route rows are indexed by
# destination type, destination, prefix length, policy {0 0}, next-hop type and next hop;
# InetAddress index parts are written numerically.
rte=1.3.6.1.2.1.10.166.11.1.4.1.1
vrfA=4.118.112.110.65
vrfB=4.118.112.110.66
$set_ $rte.7.$vrfA.1.4.192.168.100.0.24.2.0.0.1.4.10.1.1.2 i "$IF_A" \
      $rte.8.$vrfA.1.4.192.168.100.0.24.2.0.0.1.4.10.1.1.2 i 4 \
      $rte.18.$vrfA.1.4.192.168.100.0.24.2.0.0.1.4.10.1.1.2 i 4
$set_ $rte.7.$vrfB.1.4.192.168.100.0.24.2.0.0.1.4.10.2.2.2 i "$IF_B" \
      $rte.8.$vrfB.1.4.192.168.100.0.24.2.0.0.1.4.10.2.2.2 i 4 \
      $rte.18.$vrfB.1.4.192.168.100.0.24.2.0.0.1.4.10.2.2.2 i 4

# Read everything back.
snmpwalk -M +$mibs -m ALL $v3 "$AGENT" $M::mplsL3VpnObjects
