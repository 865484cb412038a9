import { mountPage } from '../../components/mount-page';
import { SidePanel } from './SidePanel';

mountPage(<SidePanel />);
