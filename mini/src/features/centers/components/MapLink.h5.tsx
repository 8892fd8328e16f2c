/** H5 has no map component: its map page would only repeat this list, so there is no link to it. */
export function MapLink() {
  return null;
}
