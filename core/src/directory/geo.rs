//! Whether a point lies in a country, from the `country-boundaries` crate's data (derived
//! from OpenStreetMap, © OpenStreetMap contributors, ODbL; the crate is Apache-2.0): a grid of
//! 360 × 180 cells, each either wholly one country's or holding the borders that cross it, so
//! that a point near a frontier (Tapachula, by Guatemala) is judged on the border itself.

use std::sync::LazyLock;

use country_boundaries::{BOUNDARIES_ODBL_360X180, CountryBoundaries, LatLon};

use crate::content::GeoPoint;
use crate::country::CountryCode;

/// The boundaries, read once from the data built into the binary: constant data like a
/// compiled table, not configuration.
static BOUNDARIES: LazyLock<Option<CountryBoundaries>> = LazyLock::new(|| {
    CountryBoundaries::from_reader(BOUNDARIES_ODBL_360X180)
        .map_err(|error| tracing::error!(%error, "country boundaries unreadable"))
        .ok()
});

/// True when `at` lies inside `country`'s borders (its territorial waters are outside).
pub fn lies_in(at: GeoPoint, country: CountryCode) -> bool {
    let Some(boundaries) = BOUNDARIES.as_ref() else {
        return false;
    };
    LatLon::new(at.lat, at.lon).is_ok_and(|point| boundaries.is_in(point, country.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint::new(lat, lon).unwrap()
    }

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn capitals_lie_in_their_countries_and_not_in_their_neighbours() {
        // City centres (GeoNames' coordinates for these capitals, rounded).
        let mexico_city = at(19.4285, -99.1277);
        let guatemala_city = at(14.6407, -90.5133);
        let tegucigalpa = at(14.0818, -87.2068);
        assert!(lies_in(mexico_city, country("MX")));
        assert!(!lies_in(mexico_city, country("GT")));
        assert!(lies_in(guatemala_city, country("GT")));
        assert!(!lies_in(guatemala_city, country("MX")));
        assert!(lies_in(tegucigalpa, country("HN")));
        // Tapachula is some 20 km from the Guatemalan border: a cell both countries share.
        let tapachula = at(14.9057, -92.2636);
        assert!(lies_in(tapachula, country("MX")));
        assert!(!lies_in(tapachula, country("GT")));
        // In the Pacific, off the coast: no country's.
        assert!(!lies_in(at(12.0, -95.0), country("MX")));
    }
}
