/**
 * The leaders' cockpit (驾驶舱, {@code /cockpit}), its projector mode ({@code ?screen=1})
 * and the tile map of the counties. The map is reusable: {@link TileMaps} is a pure
 * renderer from {@link Tile}s and a {@link TileLegend} to a {@link TileMap} that the
 * fragment {@code templates/fragments/tilemap.html :: map(${map})} draws as an inline
 * SVG; {@link CountyMaps} builds the tiles from the live dashboard figures or from frozen
 * scores (a bulletin's snapshot). Every figure of the cockpit comes from
 * {@code dashboard.Dashboards}, so it equals the dashboard's.
 */
package cn.tangshan.minsheng.cockpit;
