package dev.offsync;

/**
 * The version of the Datasync REST protocol a {@link SyncClient} speaks; set it with
 * {@link SyncClient.Builder#protocol(DatasyncProtocol)}.
 */
public enum DatasyncProtocol {
  /**
   * Protocol v3 ({@code ZUMO-API-VERSION: 3.0.0}), the default: Offsync's reference server and Microsoft's
   * ASP.NET Core Datasync servers (CommunityToolkit.Datasync.Server, Microsoft.AspNetCore.Datasync).
   */
  V3,
  /**
   * Protocol v2 ({@code ZUMO-API-VERSION: 2.0.0}) of the legacy Azure Mobile Apps servers, such as the Node
   * server {@code azure-mobile-apps}: updates are sent with {@code PATCH}, filters in OData v3 forms, pages are
   * requested with {@code $top} and {@code $skip}. See {@code docs/legacy-v2.md} for what differs.
   */
  V2
}
